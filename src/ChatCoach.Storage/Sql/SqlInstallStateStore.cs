using ChatCoach.Domain.Installations;

namespace ChatCoach.Storage.Sql;

/// <summary>OAuth states: consumed by one conditional UPDATE, so two hosts (or two tabs) cannot both use one.</summary>
public sealed class SqlInstallStateStore(Database database) : IInstallStateStore
{
    public async Task AddAsync(string stateHash, string browserHash, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // States nobody came back for are dropped as new ones are handed out; the table stays small.
        await connection.ExecuteAsync("DELETE FROM install_states WHERE expires_at < @old", cancellationToken,
            ("@old", SqlCommands.Timestamp(now - TimeSpan.FromDays(1))));
        await connection.ExecuteAsync(
            "INSERT INTO install_states (state_hash, browser_hash, created_at, expires_at, used_at) VALUES (@state, @browser, @now, @expires, NULL)",
            cancellationToken, ("@state", stateHash), ("@browser", browserHash), ("@now", SqlCommands.Timestamp(now)), ("@expires", SqlCommands.Timestamp(expiresAt)));
    }

    public async Task<bool> TryConsumeAsync(string stateHash, string browserHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        var used = await connection.ExecuteAsync(
            """
            UPDATE install_states SET used_at = @now
            WHERE state_hash = @state AND browser_hash = @browser AND used_at IS NULL AND expires_at > @now
            """,
            cancellationToken, ("@now", SqlCommands.Timestamp(now)), ("@state", stateHash), ("@browser", browserHash));
        return used == 1;
    }
}
