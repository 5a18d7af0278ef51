using ChatCoach.Domain.Conversation;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The versions the read caches check (migration 12), read for many workspaces in one statement:
/// concurrent turns' lookups are group-committed like the inbox's writes. A lookup arriving while a
/// statement runs waits for the next one, so every lookup reads the database after it was asked —
/// a caller's own earlier write is always seen.
/// </summary>
internal sealed class WorkspaceVersions : IDisposable
{
    private const int MaxBatch = 200;
    private readonly Database _database;
    private readonly StatementBatcher<string, Versions?> _lookups;
    private readonly KeptVersionStatement? _kept;

    public WorkspaceVersions(Database database)
    {
        _database = database;
        _lookups = new(LookUpAsync, MaxBatch, database);
        _kept = database.Provider == StorageProvider.Sqlite ? new KeptVersionStatement(database) : null;
    }

    /// <summary>A workspace's two versions; null when it has no row (never seen, or erased).</summary>
    public sealed record Versions(long Scoreboard, long Surveys);

    /// <summary>
    /// Inside a turn (<see cref="TurnReads"/>) the first lookup serves the turn's later reads until the
    /// turn opens the database for anything else: they see the database as of the turn's first
    /// read, which came after the message that started it, and never miss the turn's own writes.
    /// </summary>
    public Task<Versions?> OfAsync(string workspace) => TurnReads.LookOnceAsync(this, workspace, () => _lookups.RunAsync(workspace));

    /// <summary>One batch's statement (internal for the tests that pin its shape).</summary>
    internal async Task<IReadOnlyList<Versions?>> LookUpAsync(IReadOnlyList<string> workspaces, CancellationToken cancellationToken)
    {
        var distinct = workspaces.Count == 1 ? [workspaces[0]] : workspaces.Distinct(StringComparer.Ordinal).ToList();
        var found = await ReadAsync(distinct, cancellationToken);
        return [.. workspaces.Select(w => found.GetValueOrDefault(w))];
    }

    private async Task<Dictionary<string, Versions>> ReadAsync(IReadOnlyList<string> workspaces, CancellationToken cancellationToken)
    {
        if (_kept is not null && _database.Unit is null)
        {
            return await _kept.ReadAsync(workspaces, cancellationToken);
        }
        // PostgreSQL, or inside a unit of work (whose uncommitted writes only its own connection sees).
        await using var connection = await _database.OpenForReadAsync(cancellationToken);
        if (_database.Provider == StorageProvider.Postgres)
        {
            return await VersionQueries.ByArrayAsync(connection, workspaces, cancellationToken);
        }
        await using var command = connection.Command(VersionQueries.OneWorkspace, null, ("@id", ""));
        return await VersionQueries.OneByOneAsync(command, workspaces, cancellationToken);
    }

    /// <summary>Closes SQLite's kept lookup connection.</summary>
    public void Dispose() => _kept?.Dispose();
}
