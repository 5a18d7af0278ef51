using System.Data.Common;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Copies SQLite's write-ahead log into the database file on a connection of its own, a moment after
/// writes, instead of inside a writer's commit (decision 0044). SQLite's own checkpoint runs in the
/// commit that leaves the log at 1,000 pages or more — in every such commit while readers keep the log
/// from starting over — and syncs the file twice each time while that commit holds the one writer's
/// turn the acknowledgements queue for: at 500 events/s that was about nine checkpoints a second.
/// Here there is at most one per <see cref="Pause"/>, a passive one: it waits for no reader and no
/// writer, and no writer waits for it. Frames it cannot copy yet (a reader still needs them) are tried
/// again after the next pause.
/// </summary>
internal sealed class WalCheckpointer(Func<CancellationToken, Task<DbConnection>> open) : IDisposable
{
    /// <summary>How long writes gather before a checkpoint copies them: long enough that a hot page (the
    /// inbox's newest rows) is copied and synced once for many commits, short enough that the log stays
    /// a few megabytes under load.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _start = new();
    private int _pending;
    private Task? _loop;

    /// <summary>What the last checkpoint found: pages in the log, and how many of them are in the database file.</summary>
    public (long Log, long Copied)? Last { get; private set; }

    /// <summary>Something may have been written: a checkpoint follows within <see cref="Pause"/> or so.</summary>
    public void MayHaveWritten()
    {
        if (Volatile.Read(ref _pending) == 1 || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }
        EnsureRunning();
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke it first.
            }
        }
    }

    private void EnsureRunning()
    {
        if (_loop is not null)
        {
            return;
        }
        lock (_start)
        {
            // The loop must not inherit the writer's flow: its unit of work and turn are not the loop's.
            using (ExecutionContext.SuppressFlow())
            {
                _loop ??= Task.Run(RunAsync);
            }
        }
    }

    private async Task RunAsync()
    {
        try
        {
            while (true)
            {
                await _wake.WaitAsync(_stop.Token);
                // A connection opened from here on wakes the next round, so a write still open when
                // this round copies is copied by the next. (Only a transaction longer than the pause,
                // opened before this line, waits for a later write's round; its pages are safe in the log.)
                Volatile.Write(ref _pending, 0);
                await Task.Delay(Pause, _stop.Token);
                await CheckpointAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await open(cancellationToken);
            var rows = await connection.QueryAsync("PRAGMA wal_checkpoint(PASSIVE)", r => (Log: r.GetInt64(1), Copied: r.GetInt64(2)), cancellationToken);
            Last = rows[0];
            if (Last.Value.Copied < Last.Value.Log)
            {
                MayHaveWritten();
            }
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            // Nothing is lost: the pages stay in the log, which readers and writers use as before.
            // The next write tries again.
        }
    }

    /// <summary>Stops the loop and copies what is left, so a short-lived process (the command line) leaves a small log.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop?.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }
        if (_loop is not null)
        {
            CheckpointAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }
}
