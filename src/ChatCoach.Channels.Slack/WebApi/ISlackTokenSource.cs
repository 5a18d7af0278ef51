namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Which bot token speaks for a Slack workspace: the one configured token (single-workspace mode)
/// or the token that workspace's install stored (distributed mode, see Install/).
/// </summary>
public interface ISlackTokenSource
{
    /// <returns>Null when ChatCoach holds no token for the team (never installed, or uninstalled).</returns>
    ValueTask<string?> TokenForAsync(string? team, CancellationToken cancellationToken);

    /// <summary>Drops what is known about the team's token, so the next call reads it afresh.</summary>
    void Forget(string team);
}

/// <summary>Single-workspace mode: ChatCoach:Slack:BotToken answers for every team, exactly as before installs existed.</summary>
public sealed class ConfiguredSlackToken(string? botToken) : ISlackTokenSource
{
    public ValueTask<string?> TokenForAsync(string? team, CancellationToken cancellationToken) => ValueTask.FromResult(botToken);

    public void Forget(string team)
    {
    }
}
