using System.Data.Common;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// One place that opens connections. The SQL the stores write is the subset SQLite and PostgreSQL
/// share (ON CONFLICT, RETURNING, text timestamps), so a provider differs only here.
/// </summary>
public abstract class Database
{
    private WorkspaceVersions? _versions;

    public abstract StorageProvider Provider { get; }

    /// <summary>The read caches' version lookups, shared by every store on this database.</summary>
    internal WorkspaceVersions Versions => LazyInitializer.EnsureInitialized(ref _versions, () => new WorkspaceVersions(this));

    protected abstract DbConnection CreateConnection();

    /// <summary>
    /// A connection for anything. Whatever it is for may be a write, so the current turn's shared
    /// version lookups (<see cref="TurnReads"/>) are forgotten first: the turn's next read looks again.
    /// </summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        TurnReads.Current?.Forget();
        return OpenForReadAsync(cancellationToken);
    }

    /// <summary>A connection the caller only reads with (the read caches, the version lookups): the turn's lookups stay shared.</summary>
    internal async Task<DbConnection> OpenForReadAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await OnOpenedAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A connection for a write. Engines with one writer at a time (SQLite) queue writers here, in
    /// the process, instead of letting them collide in the engine and back off.
    /// </summary>
    public virtual Task<DbConnection> OpenWriteAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>
    /// A connection for a write someone is waiting on right now (the row an acknowledgement
    /// promises). Where writers queue, it goes ahead of ordinary writes; elsewhere it is the same.
    /// </summary>
    public virtual Task<DbConnection> OpenUrgentWriteAsync(CancellationToken cancellationToken) => OpenWriteAsync(cancellationToken);

    protected virtual Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Serialises migrations between processes where the engine allows several writers. SQLite's
    /// own write lock already does, so its lock is a no-op.
    /// </summary>
    public virtual Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>True when the error is a primary-key or unique violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// Runs an insert of "the next revision": of two writers racing for the same number, the primary
    /// key refuses one, which reads the new highest revision and tries again (up to five times).
    /// </summary>
    public async Task<T> InsertNextRevisionAsync<T>(Func<Task<T>> insert)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await insert();
            }
            catch (DbException e) when (IsUniqueViolation(e) && attempt < 5)
            {
            }
        }
    }
}
