using System.Data.Common;
using System.Runtime.CompilerServices;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Storage.Sql.OneTransaction;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// One place that opens connections. The SQL the stores write is the subset SQLite and PostgreSQL
/// share (ON CONFLICT, RETURNING, text timestamps), so a provider differs only here.
/// </summary>
public abstract class Database : IUnitOfWork
{
    private WorkspaceVersions? _versions;

    // The unit of work this flow is inside, if any. A box, emptied when the unit ends, so work the
    // unit started and did not wait for never finds a connection that is gone.
    private readonly AsyncLocal<StrongBox<SharedConnection?>?> _unit = new();

    public abstract StorageProvider Provider { get; }

    /// <summary>The read caches' version lookups, shared by every store on this database.</summary>
    internal WorkspaceVersions Versions => LazyInitializer.EnsureInitialized(ref _versions, () => new WorkspaceVersions(this));

    protected abstract DbConnection CreateConnection();

    /// <summary>Frees what the version lookups keep open (SQLite's lookup connection), if they ever ran.</summary>
    protected void CloseVersionLookups() => _versions?.Dispose();

    /// <summary>
    /// A connection for anything. Whatever it is for may be a write, so the current turn's shared
    /// version lookups (<see cref="TurnReads"/>) are forgotten first: the turn's next read looks again.
    /// </summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        TurnReads.Current?.Forget();
        MayWrite();
        return OpenForReadAsync(cancellationToken);
    }

    /// <summary>Told before every connection that may write (<see cref="OpenAsync"/>, and so every write) is opened.</summary>
    protected virtual void MayWrite()
    {
    }

    /// <summary>A connection the caller only reads with (the read caches, the version lookups): the turn's lookups stay shared.</summary>
    internal Task<DbConnection> OpenForReadAsync(CancellationToken cancellationToken) =>
        Unit is { } shared ? Task.FromResult<DbConnection>(shared) : OpenOwnAsync(cancellationToken);

    /// <summary>The unit of work's connection when this flow is inside one: its reads see its own writes, and no read cache is used.</summary>
    internal DbConnection? Unit => _unit.Value?.Value;

    private async Task<DbConnection> OpenOwnAsync(CancellationToken cancellationToken)
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
    public Task<DbConnection> OpenWriteAsync(CancellationToken cancellationToken) =>
        Unit is { } shared ? Task.FromResult(shared) : OpenQueuedWriteAsync(urgent: false, cancellationToken);

    /// <summary>
    /// A connection for a write someone is waiting on right now (the row an acknowledgement
    /// promises). Where writers queue, it goes ahead of ordinary writes; elsewhere it is the same.
    /// </summary>
    public Task<DbConnection> OpenUrgentWriteAsync(CancellationToken cancellationToken) =>
        Unit is { } shared ? Task.FromResult(shared) : OpenQueuedWriteAsync(urgent: true, cancellationToken);

    /// <summary>Where writers queue (SQLite), the queue; elsewhere a connection like any other.</summary>
    protected virtual Task<DbConnection> OpenQueuedWriteAsync(bool urgent, CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: every store it calls opens this one
    /// connection, so all it writes commits together or not at all (decision 0021: a turn's write
    /// and the reply it produces). Nested units join the outer one.
    /// </summary>
    public async Task InOneTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (Unit is not null)
        {
            await work(cancellationToken);
            return;
        }
        await using var connection = await OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var box = new StrongBox<SharedConnection?>(new SharedConnection(connection, transaction));
        _unit.Value = box;
        try
        {
            await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            box.Value = null;
            _unit.Value = null;
        }
    }

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
    /// How many times a writer of "the next revision" tries before giving up. Every collision means
    /// another writer committed, so n writers racing for one value all finish within n attempts;
    /// this covers any crowd that could correct one number at once.
    /// </summary>
    internal const int RevisionAttempts = 64;

    /// <summary>
    /// Runs an insert of "the next revision": of two writers racing for the same number, the primary
    /// key refuses one, which waits a moment (a random millisecond or few, so the losers do not
    /// collide again in step), reads the new highest revision and tries again.
    /// </summary>
    public async Task<T> InsertNextRevisionAsync<T>(Func<Task<T>> insert)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await insert();
            }
            catch (DbException e) when (IsUniqueViolation(e) && attempt < RevisionAttempts)
            {
                await Task.Delay(Random.Shared.Next(0, Math.Min(attempt, 8) + 1));
            }
        }
    }
}
