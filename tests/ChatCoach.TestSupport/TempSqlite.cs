using ChatCoach.Storage.Migrations;
using ChatCoach.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace ChatCoach.TestSupport;

/// <summary>A real SQLite file in a fresh temporary folder, migrated, deleted afterwards.</summary>
public sealed class TempSqlite : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatcoach-test-").FullName;

    public TempSqlite()
    {
        Path = System.IO.Path.Combine(_folder, "chatcoach.db");
        ConnectionString = $"Data Source={Path}";
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>A new Database over the same file, as a restarted process would have.</summary>
    public SqliteDatabase Open() => new(ConnectionString);

    public async Task<SqliteDatabase> MigratedAsync()
    {
        var database = Open();
        await new Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool on some platforms; the OS cleans temp folders.
        }
    }
}
