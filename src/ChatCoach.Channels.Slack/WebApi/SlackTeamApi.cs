namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack's method families as one workspace's bot sees them: every call carries that workspace's
/// token. Per team, so cached answers (auth.test, users.info) never leak from one workspace to another.
/// </summary>
public sealed class SlackTeamApi
{
    internal SlackTeamApi(SlackWebApi api, string? team, ChannelPacer pacer, TimeProvider clock)
    {
        Team = team;
        Chat = new SlackChatApi(api, team, pacer);
        Conversations = new SlackConversationsApi(api, team);
        Users = new SlackUsersApi(api, team, clock);
        Auth = new SlackAuthApi(api, team);
        Views = new SlackViewsApi(api, team);
    }

    /// <summary>The Slack team id, or null for "the configured token's workspace".</summary>
    public string? Team { get; }

    public SlackChatApi Chat { get; }

    public SlackConversationsApi Conversations { get; }

    public SlackUsersApi Users { get; }

    public SlackAuthApi Auth { get; }

    public SlackViewsApi Views { get; }
}
