using System.Data;
using System.Data.Common;

namespace ChatCoach.Storage.Sql.OneTransaction;

/// <summary>
/// A transaction a store begins inside a unit of work: a savepoint. Committing it releases the
/// savepoint (the unit commits everything at its end); leaving it uncommitted rolls back to it, so a
/// store's retry after a unique violation (<see cref="Database.InsertNextRevisionAsync{T}"/>) works
/// as it does on a connection of its own — PostgreSQL would otherwise refuse every later statement
/// of the aborted transaction.
/// </summary>
internal sealed class Savepoint : DbTransaction
{
    private readonly SharedConnection _connection;
    private readonly string _name;
    private bool _finished;

    private Savepoint(SharedConnection connection)
    {
        _connection = connection;
        _name = connection.NextSavepointName();
    }

    public static Savepoint Start(SharedConnection connection)
    {
        var savepoint = new Savepoint(connection);
        connection.Outer.Save(savepoint._name);
        return savepoint;
    }

    public static async Task<Savepoint> StartAsync(SharedConnection connection, CancellationToken cancellationToken)
    {
        var savepoint = new Savepoint(connection);
        await connection.Outer.SaveAsync(savepoint._name, cancellationToken);
        return savepoint;
    }

    public override IsolationLevel IsolationLevel => _connection.Outer.IsolationLevel;

    protected override DbConnection DbConnection => _connection;

    public override void Commit()
    {
        _finished = true;
        _connection.Outer.Release(_name);
    }

    public override Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _finished = true;
        return _connection.Outer.ReleaseAsync(_name, cancellationToken);
    }

    public override void Rollback()
    {
        _finished = true;
        _connection.Outer.Rollback(_name);
    }

    public override Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _finished = true;
        return _connection.Outer.RollbackAsync(_name, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_finished)
        {
            Rollback();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            await RollbackAsync();
        }
        await base.DisposeAsync();
    }
}
