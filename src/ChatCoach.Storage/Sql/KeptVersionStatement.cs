using System.Data.Common;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// SQLite's version lookup, prepared once on a connection kept for it. Microsoft.Data.Sqlite keeps no
/// prepared statements between commands, so a statement made per batch is parsed per batch, however
/// fixed its text; the lookups' batches run one at a time (<see cref="StatementBatcher{TItem,TResult}"/>),
/// so one connection and one statement serve them all. In WAL mode an idle connection holds no lock
/// and each lookup reads the latest commit.
/// </summary>
internal sealed class KeptVersionStatement(Database database) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private DbConnection? _connection;
    private DbCommand? _command;

    public async Task<Dictionary<string, WorkspaceVersions.Versions>> ReadAsync(IReadOnlyList<string> workspaces, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var command = _command ?? await PrepareAsync(cancellationToken);
            return await VersionQueries.OneByOneAsync(command, workspaces, cancellationToken);
        }
        catch
        {
            // Whatever went wrong, the next lookup starts from a fresh connection.
            Close();
            throw;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<DbCommand> PrepareAsync(CancellationToken cancellationToken)
    {
        _connection = await database.OpenForReadAsync(cancellationToken);
        _command = _connection.Command(VersionQueries.OneWorkspace, null, ("@id", ""));
        await _command.PrepareAsync(cancellationToken);
        return _command;
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }

    /// <summary>Frees the connection; a lookup after this opens another.</summary>
    public void Dispose()
    {
        _one.Wait();
        try
        {
            Close();
        }
        finally
        {
            _one.Release();
        }
    }
}
