using System.Data.Common;
using ChatCoach.Storage.Sql;

namespace ChatCoach.Storage.Migrations;

/// <summary>Brings the database up to the newest schema at start-up; each step in its own transaction.</summary>
public sealed class Migrator(Database database, TimeProvider clock)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var migrationLock = await database.LockForMigrationAsync(connection, cancellationToken);
        await PrepareAsync(connection, cancellationToken);
        var applied = (await connection.QueryAsync("SELECT version FROM schema_version", r => Convert.ToInt32(r.GetValue(0)), cancellationToken)).ToHashSet();
        var count = 0;
        foreach (var migration in Schema.Migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await ApplyAsync(connection, migration, cancellationToken);
            count++;
        }
        return count;
    }

    private async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Sqlite)
        {
            // WAL is a property of the file: set once, it stays.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL", cancellationToken);
        }
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken);
    }

    private async Task ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in migration.StatementsFor(database.Provider))
        {
            await transaction.ExecuteAsync(statement, cancellationToken);
        }
        await transaction.ExecuteAsync(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @at)",
            cancellationToken, ("@v", migration.Version), ("@d", migration.Description), ("@at", SqlCommands.Timestamp(clock.GetUtcNow())));
        await transaction.CommitAsync(cancellationToken);
    }
}
