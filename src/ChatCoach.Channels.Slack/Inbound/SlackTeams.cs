namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// Which workspace a Slack person belongs to. In a Slack Connect channel an event's team_id is the
/// board's workspace while user_team (events) or user.team_id (interactivity) is the person's own.
/// </summary>
internal static class SlackTeams
{
    /// <summary>
    /// A workspace id (T…) as the person's own; anything else — absent, or an Enterprise Grid org id
    /// (E…), which names no single workspace — as unknown.
    /// </summary>
    public static string? Own(string? team) => team is { Length: > 1 } && team[0] == 'T' ? team : null;
}
