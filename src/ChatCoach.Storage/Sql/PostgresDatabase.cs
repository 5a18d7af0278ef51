using System.Data.Common;
using Npgsql;

namespace ChatCoach.Storage.Sql;

/// <summary>PostgreSQL through Npgsql's pooled data source: the provider for several hosts on one database.</summary>
public sealed class PostgresDatabase : Database, IAsyncDisposable
{
    // Any constant works; it only has to be the same for every ChatCoach host on the database.
    private const long MigrationLockKey = 0x43686174436F6163; // "ChatCoac"

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString) => _dataSource = NpgsqlDataSource.Create(Tuned(connectionString));

    /// <summary>
    /// Two defaults for a bot that runs the same few statements on every event, each set only where
    /// the connection string does not say otherwise. The stores keep no session state (no temporary
    /// tables, no session settings; the migration lock is released explicitly), so the DISCARD ALL a
    /// pooled connection otherwise runs on every reuse buys nothing and cost a statement per open; and
    /// with it gone, statements run five times (Npgsql's threshold) stay prepared on the connection, so the server
    /// stops parsing and planning them for every event.
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));

    public override StorageProvider Provider => StorageProvider.Postgres;

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Several hosts starting at once must not run the same migration twice.</summary>
    public override async Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var command = connection.Command("SELECT pg_advisory_lock(@key)", null, ("@key", MigrationLockKey)))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new Unlock(connection);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private sealed class Unlock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var command = connection.Command("SELECT pg_advisory_unlock(@key)", null, ("@key", MigrationLockKey));
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
