using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace ChatCoach.Storage.Sql.OneTransaction;

/// <summary>
/// The one connection of a unit of work (<see cref="Database.InOneTransactionAsync"/>), handed to
/// every store that opens a connection inside it. Stores are written for connections of their own:
/// here their commands all run in the unit's transaction, a transaction they begin is a savepoint
/// within it, and closing or disposing it is left to the unit.
/// </summary>
internal sealed class SharedConnection(DbConnection inner, DbTransaction outer) : DbConnection
{
    private int _savepoints;

    public DbTransaction Outer => outer;

    [AllowNull]
    public override string ConnectionString
    {
        get => inner.ConnectionString;
        set => throw new NotSupportedException("A unit of work's connection is already open.");
    }

    public override string Database => inner.Database;

    public override string DataSource => inner.DataSource;

    public override string ServerVersion => inner.ServerVersion;

    public override ConnectionState State => inner.State;

    public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();

    public override void Open()
    {
    }

    public override Task OpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Close()
    {
    }

    // The real connection belongs to the unit of work, which disposes it at its end.
    protected override void Dispose(bool disposing) => base.Dispose(disposing);

    internal string NextSavepointName() => $"chatcoach_{Interlocked.Increment(ref _savepoints)}";

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => Savepoint.Start(this);

    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        await Savepoint.StartAsync(this, cancellationToken);

    protected override DbCommand CreateDbCommand()
    {
        var command = inner.CreateCommand();
        command.Transaction = outer;
        return new SharedCommand(this, command);
    }
}
