using System.Data.Common;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The version lookup's SQL, one text whatever the number of workspaces asked about. The IN list it
/// replaced had a different length — so a different statement — from one batch to the next, which
/// PostgreSQL never kept prepared (Npgsql prepares a text once it has run five times) and which
/// SQLite parsed afresh every time.
/// </summary>
internal static class VersionQueries
{
    /// <summary>PostgreSQL: every workspace of the batch in one array parameter.</summary>
    public const string ByArray =
        $"SELECT id, {CachedByVersion.Scoreboard}, {CachedByVersion.Surveys} FROM workspaces WHERE id = ANY(@ids)";

    /// <summary>SQLite (no array type): one row per workspace, the same statement run once for each.</summary>
    public const string OneWorkspace =
        $"SELECT {CachedByVersion.Scoreboard}, {CachedByVersion.Surveys} FROM workspaces WHERE id = @id";

    public static async Task<Dictionary<string, WorkspaceVersions.Versions>> ByArrayAsync(DbConnection connection, IReadOnlyList<string> workspaces,
        CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(ByArray, r => (Id: r.GetString(0), Versions: Read(r, 1)), cancellationToken,
            ("@ids", workspaces.ToArray()));
        return rows.ToDictionary(r => r.Id, r => r.Versions, StringComparer.Ordinal);
    }

    /// <summary>Runs <paramref name="command"/> (<see cref="OneWorkspace"/>, its @id parameter bound) for each workspace.</summary>
    public static async Task<Dictionary<string, WorkspaceVersions.Versions>> OneByOneAsync(DbCommand command, IReadOnlyList<string> workspaces,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, WorkspaceVersions.Versions>(workspaces.Count, StringComparer.Ordinal);
        foreach (var workspace in workspaces)
        {
            command.Parameters[0].Value = workspace;
            // Disposing the reader resets the statement: no read transaction stays open between lookups.
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[workspace] = Read(reader, 0);
            }
        }
        return found;
    }

    private static WorkspaceVersions.Versions Read(DbDataReader reader, int first) =>
        new(Convert.ToInt64(reader.GetValue(first)), Convert.ToInt64(reader.GetValue(first + 1)));
}
