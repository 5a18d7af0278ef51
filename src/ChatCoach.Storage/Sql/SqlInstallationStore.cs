using ChatCoach.Domain.Installations;

namespace ChatCoach.Storage.Sql;

/// <summary>Installations by platform OAuth; the token column only ever holds ciphertext.</summary>
public sealed class SqlInstallationStore(Database database) : IInstallationStore
{
    public async Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO installations (channel, team_id, team_name, bot_user_id, app_id, protected_token, scopes, installed_by, installed_at, removed_at, removed_reason)
            VALUES (@channel, @team, @name, @bot, @app, @token, @scopes, @by, @at, NULL, NULL)
            ON CONFLICT (channel, team_id) DO UPDATE SET team_name = excluded.team_name, bot_user_id = excluded.bot_user_id,
                app_id = excluded.app_id, protected_token = excluded.protected_token, scopes = excluded.scopes,
                installed_by = excluded.installed_by, installed_at = excluded.installed_at, removed_at = NULL, removed_reason = NULL
            """,
            cancellationToken, ("@channel", installation.Channel), ("@team", installation.Team), ("@name", installation.TeamName),
            ("@bot", installation.BotUserId), ("@app", installation.AppId), ("@token", installation.ProtectedToken),
            ("@scopes", installation.Scopes), ("@by", installation.InstalledBy), ("@at", SqlCommands.Timestamp(installation.InstalledAt)));
    }

    public async Task<Installation?> FindAsync(string channel, string team, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            """
            SELECT channel, team_id, team_name, bot_user_id, app_id, protected_token, scopes, installed_by, installed_at, removed_at, removed_reason
            FROM installations WHERE channel = @channel AND team_id = @team
            """,
            r => new Installation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.NullableString(5) ?? "",
                r.GetString(6), r.GetString(7), r.ReadTimestamp(8), r.IsDBNull(9) ? null : r.ReadTimestamp(9), r.NullableString(10)),
            cancellationToken, ("@channel", channel), ("@team", team));
        return rows.SingleOrDefault();
    }

    public async Task<bool> RemoveAsync(string channel, string team, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // The ciphertext goes too: a removed installation keeps nothing that could ever be decrypted.
        var changed = await connection.ExecuteAsync(
            """
            UPDATE installations SET protected_token = NULL, removed_at = @at, removed_reason = @reason
            WHERE channel = @channel AND team_id = @team AND removed_at IS NULL
            """,
            cancellationToken, ("@at", SqlCommands.Timestamp(at)), ("@reason", reason), ("@channel", channel), ("@team", team));
        return changed == 1;
    }
}
