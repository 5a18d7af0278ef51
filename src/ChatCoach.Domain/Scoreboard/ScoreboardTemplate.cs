namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// The rows a new workspace's scoreboard starts with: the six defaults, or what a definition file
/// (ChatCoach:Scoreboard:Definition) says. Existing workspaces are never re-seeded.
/// </summary>
public sealed record ScoreboardTemplate(IReadOnlyList<Indicator> Indicators, string Source)
{
    public static ScoreboardTemplate Default { get; } = new(DefaultScoreboard.Indicators, "the six default indicators");
}
