using System.Data.Common;
using Npgsql;

namespace ChatCoach.Storage.Sql;

/// <summary>PostgreSQL through Npgsql's pooled data source: the provider for several hosts on one database.</summary>
public sealed class PostgresDatabase : Database, IAsyncDisposable
{
    // Any constant works; it only has to be the same for every ChatCoach host on the database.
    private const long MigrationLockKey = 0x43686174436F6163; // "ChatCoac"

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString) => _dataSource = NpgsqlDataSource.Create(connectionString);

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
