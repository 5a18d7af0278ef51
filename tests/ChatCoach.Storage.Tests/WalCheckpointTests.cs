using ChatCoach.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// SQLite's log is copied back into the database file in the background, not inside the commit that
/// crosses its size limit, where it held up every writer queued behind (acknowledgements first).
/// </summary>
public sealed class WalCheckpointTests : IDisposable
{
    // 6 MiB: past SQLite's default limit of 1,000 pages of 4 KiB, where a commit would copy the log itself.
    private const int LargeWrite = 6 * 1024 * 1024;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"chatcoach-wal-{Guid.NewGuid():N}.db");

    // SQLite checkpoints when the last connection to a file closes, and other tests clear every pool
    // (closing this test's pooled connections) at any moment: one connection outside the pool stays open.
    private readonly SqliteConnection _holder;

    public WalCheckpointTests()
    {
        _holder = new SqliteConnection($"Data Source={_file};Pooling=False");
        _holder.Open();
    }

    [Fact]
    public async Task A_commit_past_the_logs_limit_leaves_the_copy_to_the_background()
    {
        using var database = new SqliteDatabase($"Data Source={_file}", checkpointAfter: TimeSpan.FromHours(1));

        await WriteLargeAsync(database);

        Assert.True(new FileInfo(_file).Length < LargeWrite / 2, $"the database file is {new FileInfo(_file).Length} bytes right after the commit: the commit copied the log");
        Assert.True(new FileInfo(_file + "-wal").Length > LargeWrite, "the write is in the log");
    }

    [Fact]
    public async Task The_log_reaches_the_database_file_shortly_after_a_write()
    {
        using var database = new SqliteDatabase($"Data Source={_file}", checkpointAfter: TimeSpan.FromMilliseconds(50));

        await WriteLargeAsync(database);

        // Bounded: the checkpoint starts 50 ms after the write; a loaded machine may take longer to copy 6 MiB.
        for (var i = 0; i < 200 && new FileInfo(_file).Length < LargeWrite; i++)
        {
            await Task.Delay(50);
        }
        Assert.True(new FileInfo(_file).Length >= LargeWrite, $"the database file is {new FileInfo(_file).Length} bytes");
        Assert.Equal(0, database.Checkpoints.Failures);
    }

    [Fact]
    public async Task Writes_after_a_checkpoint_are_copied_by_the_next_one()
    {
        using var database = new SqliteDatabase($"Data Source={_file}", checkpointAfter: TimeSpan.FromMilliseconds(20));
        await WriteLargeAsync(database);
        await WaitForAsync(() => database.Checkpoints.Completed >= 1);

        await WriteLargeAsync(database, rows: 2);

        // Three rows in all: the file holds them once the second checkpoint has finished.
        await WaitForAsync(() => database.Checkpoints.Completed >= 2 && new FileInfo(_file).Length >= 3 * LargeWrite);
    }

    [Fact]
    public async Task A_database_closed_twice_is_no_error()
    {
        var database = new SqliteDatabase($"Data Source={_file}", checkpointAfter: TimeSpan.FromMilliseconds(20));
        await WriteLargeAsync(database);

        database.Dispose();
        database.Dispose();
    }

    private static async Task WriteLargeAsync(SqliteDatabase database, int rows = 1)
    {
        await using var connection = await database.OpenWriteAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, body BLOB);";
        await command.ExecuteNonQueryAsync();
        for (var i = 0; i < rows; i++)
        {
            command.CommandText = "INSERT INTO blobs (body) VALUES (zeroblob(@size));";
            command.Parameters.Clear();
            command.Parameters.Add(new SqliteParameter("@size", LargeWrite));
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(done());
    }

    public void Dispose()
    {
        _holder.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
