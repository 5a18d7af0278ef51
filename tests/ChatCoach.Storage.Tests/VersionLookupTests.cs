using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// The read caches' version lookup runs one SQL text whatever the number of workspaces in a batch
/// (PostgreSQL: an array parameter; SQLite: one prepared statement, run per workspace, on a connection
/// kept for it) and answers exactly what the IN list it replaced did.
/// </summary>
public sealed class VersionLookupTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);

    private static WorkspaceId Team(int i) => new($"slack:T{i:D3}");

    private static NewValue Cost(decimal value) =>
        new("cost-per-qualified-opp", Period.Parse("2026-10"), ValueKind.Value, value, Dana, Now, "slack", null);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_batch_size_answers_each_workspace_with_its_own_versions_and_an_unknown_one_with_none(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlScoreboardStore(db.Database, TimeProvider.System);
        for (var i = 0; i < 9; i++)
        {
            await store.EnsureWorkspaceAsync(Team(i), None);
        }
        await store.RecordAsync(Team(3), Cost(400m), None);
        var expected = new Dictionary<string, long>();
        for (var i = 0; i < 9; i++)
        {
            expected[Team(i).Value] = await ScoreboardVersionAsync(db.Database, Team(i));
        }

        foreach (var size in new[] { 1, 2, 5, 9, 12 })
        {
            // Asked in the order given, with repeats and a workspace that has no row.
            var asked = Enumerable.Range(0, size).Select(i => i == 7 ? "slack:TNOBODY" : Team(i * 4 % 9).Value).ToList();

            var answers = await db.Database.Versions.LookUpAsync(asked, None);

            Assert.Equal(asked.Select(w => expected.TryGetValue(w, out var v) ? v : (long?)null), answers.Select(a => a?.Scoreboard));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_lookup_sees_a_write_made_after_the_previous_lookup(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlScoreboardStore(db.Database, TimeProvider.System);
        await store.EnsureWorkspaceAsync(Team(1), None);
        var before = (await db.Database.Versions.LookUpAsync([Team(1).Value], None))[0]!.Scoreboard;

        await new SqlScoreboardStore(db.Reopen(), TimeProvider.System).RecordAsync(Team(1), Cost(400m), None);

        var after = (await db.Database.Versions.LookUpAsync([Team(1).Value], None))[0]!.Scoreboard;
        Assert.True(after > before, $"the lookup still said {after} after a write moved the version from {before}");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Inside_a_unit_of_work_a_lookup_sees_the_units_own_uncommitted_write(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlScoreboardStore(db.Database, TimeProvider.System);
        await store.EnsureWorkspaceAsync(Team(1), None);
        var committed = await ScoreboardVersionAsync(db.Database, Team(1));

        long? inside = null;
        await db.Database.InOneTransactionAsync(async ct =>
        {
            await store.RecordAsync(Team(1), Cost(400m), ct);
            inside = (await db.Database.Versions.OfAsync(Team(1).Value))?.Scoreboard;
        }, None);

        Assert.NotEqual(committed, inside);
        Assert.Equal(await ScoreboardVersionAsync(db.Database, Team(1)), inside);
    }

    [Fact]
    public async Task On_sqlite_the_kept_lookup_connection_never_holds_a_read_open_between_lookups()
    {
        await using var db = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var store = new SqlScoreboardStore(db.Database, TimeProvider.System);
        await store.EnsureWorkspaceAsync(Team(1), None);
        await db.Database.Versions.LookUpAsync([Team(1).Value, Team(2).Value], None);
        await store.RecordAsync(Team(1), Cost(400m), None);

        // A full checkpoint waits for no reader: it reports busy (1) if any connection is mid-read.
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        var busy = await connection.QueryAsync("PRAGMA wal_checkpoint(TRUNCATE)", r => r.GetInt64(0), None);

        Assert.Equal(0, Assert.Single(busy));
    }

    [PostgresFact]
    public async Task On_postgres_batches_of_every_size_share_one_prepared_statement()
    {
        await using var db = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        // One pooled connection, so every batch (and the count below) runs on the same server session.
        await using var database = new PostgresDatabase(db.ConnectionString + ";Maximum Pool Size=1");
        var store = new SqlScoreboardStore(database, TimeProvider.System);
        for (var i = 0; i < 6; i++)
        {
            await store.EnsureWorkspaceAsync(Team(i), None);
        }

        // Npgsql prepares a statement once its text has run five times on a connection.
        for (var round = 0; round < 6; round++)
        {
            for (var size = 1; size <= 6; size++)
            {
                await database.Versions.LookUpAsync([.. Enumerable.Range(0, size).Select(i => Team(i).Value)], None);
            }
        }

        await using var connection = await database.OpenAsync(None);
        var prepared = await connection.QueryAsync("SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%FROM workspaces WHERE id%'",
            r => r.GetString(0), None);
        Assert.Equal(VersionQueries.ByArray.Replace("@ids", "$1", StringComparison.Ordinal), Assert.Single(prepared));
    }

    private static Task<long> ScoreboardVersionAsync(Database database, WorkspaceId workspace) => ReadCacheTests.ScoreboardVersionAsync(database, workspace);
}
