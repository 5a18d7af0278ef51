using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Sql;

public sealed class SqliteDatabase : Database, IDisposable
{
    private readonly string _connectionString;

    public SqliteDatabase(string connectionString)
    {
        // A busy database is waited on (Microsoft.Data.Sqlite retries SQLITE_BUSY up to the command
        // timeout) rather than failing a chat turn. Pooling (on unless the string says otherwise) keeps opens cheap.
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 15)
        {
            builder.DefaultTimeout = 15;
        }
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        // The checkpoints' own connections are not writes: opening them must not call for another round.
        Checkpoints = new WalCheckpointer(OpenForReadAsync, c => HoldingWritersAsync(urgent: false, OpenForReadAsync, c));
    }

    /// <summary>Copies the write-ahead log into the file in the background; commits never do (decision 0044).</summary>
    internal WalCheckpointer Checkpoints { get; }

    protected override void MayWrite() => Checkpoints.MayHaveWritten();

    public string DataSource { get; }

    // SQLite has one writer at a time. Colliding writers get SQLITE_BUSY and sleep before retrying,
    // which turns into long tail latencies; queueing them in the process keeps each write short.
    // Acknowledgement inserts jump the queue, so a backlog of processor writes does not delay them.
    private readonly WriterGate _writer = new();

    public override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Task<DbConnection> OpenQueuedWriteAsync(bool urgent, CancellationToken cancellationToken) =>
        HoldingWritersAsync(urgent, OpenAsync, cancellationToken);

    /// <summary>A connection opened by <paramref name="open"/> once this process's writers have let it in; they wait until it is disposed.</summary>
    private async Task<DbConnection> HoldingWritersAsync(bool urgent, Func<CancellationToken, Task<DbConnection>> open, CancellationToken cancellationToken)
    {
        await _writer.EnterAsync(urgent, cancellationToken);
        try
        {
            var connection = await open(cancellationToken);
            var released = 0;
            connection.Disposed += (_, _) =>
            {
                if (Interlocked.Exchange(ref released, 1) == 0)
                {
                    _writer.Exit();
                }
            };
            return connection;
        }
        catch
        {
            _writer.Exit();
            throw;
        }
    }

    protected override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    // Pooled connections keep their native handle and its settings: the pragmas run once per handle,
    // not on every open (an extra statement on every read and write otherwise).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    protected override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle;
        if (handle is not null && _configured.TryGetValue(handle, out _))
        {
            return;
        }
        // WAL lets readers proceed while a writer commits; synchronous=NORMAL is durable in WAL mode
        // except for the last transactions on power loss, not on process crash.
        await using var command = connection.CreateCommand();
        // busy_timeout covers other processes on the same file (the in-process queue covers this one).
        // No commit checkpoints (WalCheckpointer does, off the writer's turn); a log that grew in a
        // burst is cut back to 64 MiB when it starts over.
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (handle is not null)
        {
            _configured.AddOrUpdate(handle, true);
        }
    }

    /// <summary>Closes the connection the version lookups keep and stops the checkpoints (after a last one); the writer gate holds nothing to free.</summary>
    public void Dispose()
    {
        CloseVersionLookups();
        Checkpoints.Dispose();
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT
}
