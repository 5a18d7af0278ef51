using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Installations;

/// <summary>A channel's answer to "can the bot still speak in this workspace?" (a Slack workspace that uninstalled it cannot).</summary>
public interface IWorkspaceConnection
{
    /// <summary>The workspace id prefix it answers for, e.g. "slack".</summary>
    string Channel { get; }

    Task<bool> IsConnectedAsync(WorkspaceId workspace, CancellationToken cancellationToken);
}

/// <summary>Asks the workspace's own channel; workspaces of channels that keep no installations are always connected.</summary>
public sealed class WorkspaceConnections(IEnumerable<IWorkspaceConnection> connections)
{
    private readonly Dictionary<string, IWorkspaceConnection> _byChannel = connections.ToDictionary(c => c.Channel, StringComparer.Ordinal);

    public Task<bool> IsConnectedAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        var colon = workspace.Value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _byChannel.TryGetValue(workspace.Value[..colon], out var connection)
            ? connection.IsConnectedAsync(workspace, cancellationToken)
            : Task.FromResult(true);
    }
}
