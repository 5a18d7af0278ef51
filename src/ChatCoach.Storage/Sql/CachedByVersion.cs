using System.Collections.Concurrent;
using System.Data.Common;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// This host's copy of one read per workspace, used while the workspace's version column (migration
/// 12, bumped by triggers in every writer's own transaction) still says what it said when the copy
/// was read. Checking costs one version lookup instead of the read itself — and concurrent turns
/// share lookups (<see cref="WorkspaceVersions"/>) — and it is exact across hosts: a write anywhere
/// changes the version before anyone can see the write. A workspace without a row (never seen, or
/// erased) is read through and never cached.
/// </summary>
internal sealed class CachedByVersion<T>(Database database, Func<WorkspaceVersions.Versions, long> version, int capacity = CachedByVersion.DefaultCapacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(long Version, T Value);

    public Task<T> ReadAsync(WorkspaceId workspace, Func<DbConnection, Task<T>> read, CancellationToken cancellationToken) =>
        ReadAsync(workspace, workspace.Value, read, cancellationToken);

    /// <summary>Several reads per workspace (one indicator's history, say), each kept under its own <paramref name="key"/>.</summary>
    public async Task<T> ReadAsync(WorkspaceId workspace, string key, Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        if (database.Unit is { } unit)
        {
            // Inside a unit of work the rows may hold its uncommitted writes: read them, keep nothing.
            return await read(unit);
        }
        // The version before the rows: a write that lands between the two leaves a copy newer than its
        // version (read again next time), never one older than it.
        var versions = await database.Versions.OfAsync(workspace.Value);
        var current = versions is null ? (long?)null : version(versions);
        if (current is { } v && _entries.TryGetValue(key, out var entry) && entry.Version == v)
        {
            return entry.Value;
        }
        await using var connection = await database.OpenForReadAsync(cancellationToken);
        var value = await read(connection);
        if (current is { } known)
        {
            Keep(key, new Entry(known, value));
        }
        return value;
    }

    private void Keep(string key, Entry entry)
    {
        if (_entries.Count >= capacity && !_entries.ContainsKey(key))
        {
            // Far more workspaces than one host serves at once: start over rather than track recency.
            _entries.Clear();
        }
        _entries[key] = entry;
    }
}

/// <summary>The version columns of migration 12.</summary>
internal static class CachedByVersion
{
    public const int DefaultCapacity = 2_000;

    /// <summary>Bumped by every write to a workspace's indicators and indicator values.</summary>
    public const string Scoreboard = "scoreboard_version";

    /// <summary>Bumped by every write to a workspace's readiness surveys.</summary>
    public const string Surveys = "surveys_version";

    /// <summary>
    /// A new workspace's first version: random, so a workspace erased and created again never repeats
    /// one. Starts are a million apart, so a new start plus its writes reaches an old version only if
    /// the two starts are the same draw in two billion.
    /// </summary>
    public static long StartingVersion() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1_000_000L;
}
