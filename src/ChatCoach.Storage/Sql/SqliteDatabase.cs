using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Sql;

public sealed class SqliteDatabase : Database
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
    }

    public string DataSource { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    protected override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    protected override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers proceed while a writer commits; synchronous=NORMAL is durable in WAL mode
        // except for the last transactions on power loss, not on process crash.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT
}
