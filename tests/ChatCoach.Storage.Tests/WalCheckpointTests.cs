using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// SQLite's write-ahead log is copied into the database file in the background, a moment after
/// writes, and never inside a writer's commit, where the acknowledgements queued behind that writer
/// would wait for it (decision 0044).
/// </summary>
public sealed class WalCheckpointTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Far more than the 1,000 pages at which SQLite's own checkpoint would run inside the commit.
    private const int Pages = 1_500;

    [Fact]
    public async Task A_commit_that_leaves_a_long_log_returns_without_copying_it_and_the_copy_follows_in_the_background()
    {
        using var file = new TempSqlite();
        await using var holder = await MigrateAndHoldAsync(file);
        using var database = file.Open();
        var before = new FileInfo(file.Path).Length;

        await WriteManyPagesAsync(database);

        Assert.Equal(before, new FileInfo(file.Path).Length);
        // The file grows in the round's first pass; the round's result is known after its second.
        await Eventually(() => new FileInfo(file.Path).Length >= before + Pages * 4_000L
            && database.Checkpoints.Last is { } last && last.Copied == last.Log);
    }

    [Fact]
    public async Task Pages_a_reader_still_needs_are_copied_once_it_has_finished()
    {
        using var file = new TempSqlite();
        await using var holder = await MigrateAndHoldAsync(file);
        using var database = file.Open();
        var before = new FileInfo(file.Path).Length;
        await using var reader = new SqliteConnection(file.ConnectionString);
        await reader.OpenAsync();
        // A read transaction that has read: it keeps the database as it was, so the log's new pages cannot be copied yet.
        await reader.ExecuteAsync("BEGIN", None);
        await reader.QueryAsync("SELECT COUNT(*) FROM inbox", r => r.GetInt64(0), None);

        await WriteManyPagesAsync(database);
        await Eventually(() => database.Checkpoints.Last is { } last && last.Log > last.Copied);
        Assert.Equal(before, new FileInfo(file.Path).Length);
        await reader.ExecuteAsync("COMMIT", None);

        await Eventually(() => new FileInfo(file.Path).Length >= before + Pages * 4_000L);
    }

    [Fact]
    public async Task Closing_the_database_copies_what_its_writes_left_in_the_log()
    {
        using var file = new TempSqlite();
        await using var holder = await MigrateAndHoldAsync(file);
        var database = file.Open();
        var before = new FileInfo(file.Path).Length;

        await WriteManyPagesAsync(database);
        database.Dispose();

        Assert.True(new FileInfo(file.Path).Length >= before + Pages * 4_000L);
    }

    [Fact]
    public async Task Under_steady_writing_the_log_starts_over_instead_of_growing()
    {
        using var file = new TempSqlite();
        await using var holder = await MigrateAndHoldAsync(file);
        using var database = file.Open();
        await using (var create = await database.OpenWriteAsync(None))
        {
            await create.ExecuteAsync("CREATE TABLE filler (bytes BLOB NOT NULL)", None);
        }

        // Writes one after another, on and on, while three rounds run: commits land while each round's
        // first pass copies, so only a last pass that keeps writers out copies the log to its end, which
        // it must be for the next write to start it over.
        var startsBefore = LogStarts(file);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var writes = 0;
            while (!stop.IsCancellationRequested)
            {
                await using var connection = await database.OpenWriteAsync(None);
                await connection.ExecuteAsync("INSERT INTO filler VALUES (randomblob(3000))", None);
                writes++;
            }
            return writes;
        });
        for (var round = 0; round < 3; round++)
        {
            await Task.Delay(50);
            await database.Checkpoints.RoundAsync(None);
        }
        await Task.Delay(50);
        await stop.CancelAsync();
        var written = await writer;

        // One fresh start after each round, give or take one a reader happened to hold off.
        Assert.True(LogStarts(file) - startsBefore >= 2, $"the log started over {LogStarts(file) - startsBefore} times in {written} writes");
    }

    /// <summary>
    /// The write-ahead log header's first salt (bytes 16–19, big-endian): one more at each fresh start of
    /// the log, whichever connection starts it. (The checkpoint sequence number beside it counts only the
    /// starts made by the connection that wrote the header.)
    /// </summary>
    private static uint LogStarts(TempSqlite file)
    {
        using var log = new FileStream(file.Path + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[20];
        log.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(16));
    }

    /// <summary>
    /// Migrates the file with a database object of its own, closed after, so the test's database starts
    /// with an empty log; then opens a connection outside every pool for the test to hold. SQLite copies
    /// and deletes the log when the last connection to a file closes, and other tests clear the pools.
    /// </summary>
    private static async Task<SqliteConnection> MigrateAndHoldAsync(TempSqlite file)
    {
        using (await file.MigratedAsync())
        {
        }
        var holder = new SqliteConnection(file.ConnectionString + ";Pooling=False");
        await holder.OpenAsync();
        // A connection takes its lasting hold on a file in WAL mode at its first read.
        await holder.QueryAsync("SELECT COUNT(*) FROM sqlite_master", r => r.GetInt64(0), None);
        return holder;
    }

    private static async Task WriteManyPagesAsync(Database database)
    {
        await using var connection = await database.OpenWriteAsync(None);
        await using var transaction = await connection.BeginTransactionAsync(None);
        await transaction.ExecuteAsync("CREATE TABLE filler (bytes BLOB NOT NULL)", None);
        await transaction.ExecuteAsync(
            $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Pages}) INSERT INTO filler SELECT randomblob(4000) FROM n",
            None);
        await transaction.CommitAsync(None);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        // Bounded: the checkpoint is due half a second after the write; ten seconds is generous on a loaded machine.
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(condition());
    }
}
