namespace ChatCoach.Domain.Installations;

/// <summary>
/// The bot installed in one workspace of a platform by that platform's OAuth flow (a Slack team).
/// The token is stored only in its protected (encrypted) form; this layer never sees it in clear.
/// </summary>
/// <param name="Channel">"slack".</param>
/// <param name="Team">The platform's workspace id, e.g. a Slack team id T0123.</param>
/// <param name="ProtectedToken">The bot token as the host's data protector wrote it.</param>
/// <param name="RemovedAt">Set when the platform said the app was uninstalled or its token revoked.</param>
public sealed record Installation(
    string Channel,
    string Team,
    string TeamName,
    string BotUserId,
    string AppId,
    string ProtectedToken,
    string Scopes,
    string InstalledBy,
    DateTimeOffset InstalledAt,
    DateTimeOffset? RemovedAt = null,
    string? RemovedReason = null)
{
    public bool Active => RemovedAt is null;
}

public interface IInstallationStore
{
    /// <summary>Inserts or replaces the workspace's installation; a reinstall clears an earlier removal.</summary>
    Task SaveAsync(Installation installation, CancellationToken cancellationToken);

    Task<Installation?> FindAsync(string channel, string team, CancellationToken cancellationToken);

    /// <summary>Forgets the token (the row stays, as a record of the removal); false when there was no active installation.</summary>
    Task<bool> RemoveAsync(string channel, string team, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}
