using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Installations;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Slack.Install;

/// <summary>A Slack workspace is connected while ChatCoach holds a token for it (always, in single-token mode).</summary>
public sealed class SlackWorkspaceConnection(ISlackTokenSource tokens) : IWorkspaceConnection
{
    public const string Prefix = "slack:";

    public string Channel => "slack";

    public async Task<bool> IsConnectedAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        await tokens.TokenForAsync(TeamOf(workspace), cancellationToken) is not null;

    /// <summary>"slack:T0123" → "T0123".</summary>
    public static string? TeamOf(WorkspaceId workspace) =>
        workspace.Value.StartsWith(Prefix, StringComparison.Ordinal) ? workspace.Value[Prefix.Length..] : null;
}
