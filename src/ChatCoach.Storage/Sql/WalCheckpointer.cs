using System.Data.Common;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Copies SQLite's write-ahead log into the database file a moment after writes, on a connection of
/// its own, instead of inside a writer's commit (decision 0044). SQLite's own checkpoint runs in the
/// commit that leaves the log at 1,000 pages or more, syncing the file twice while that commit holds
/// the one writer's turn the acknowledgements queue for: at 500 events/s, about nine times a second.
/// Here each round copies in two passes, both passive (they wait for no reader):
/// <list type="number">
/// <item>the bulk, while writers go on: most pages, and the syncs that go with them;</item>
/// <item>what was committed meanwhile, holding the writers' turn: a few pages. Only a log copied
/// to its end can start over, so without this pass a busy host's log grows for as long as the load
/// lasts (1.5 GB in a minute of the benchmark).</item>
/// </list>
/// A round follows writes by <see cref="Pause"/>. Pages a reader still needs are copied in a later round.
/// </summary>
internal sealed class WalCheckpointer(Func<CancellationToken, Task<DbConnection>> open, Func<CancellationToken, Task<DbConnection>> openHoldingWriters)
    : IDisposable
{
    /// <summary>How long writes gather before a round copies them: long enough that a hot page (the
    /// inbox's newest rows) is copied and synced once for many commits, short enough that the log stays
    /// a few megabytes under load.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _start = new();
    private int _pending;
    private Task? _loop;

    /// <summary>What a round's last pass found: pages in the log, and how many of them are in the database file.</summary>
    public sealed record Result(long Log, long Copied);

    /// <summary>The latest round's result (a reference, so a reader on another thread sees one whole).</summary>
    public Result? Last { get; private set; }

    /// <summary>Something may have been written: a checkpoint follows within <see cref="Pause"/> or so.</summary>
    public void MayHaveWritten()
    {
        if (Volatile.Read(ref _pending) == 1 || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }
        EnsureRunning();
        // Only the call that turned _pending from 0 to 1 gets here, and the loop clears _pending only
        // after taking the wake-up: there is never a second one waiting.
        _wake.Release();
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
                await RoundAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round's two passes (internal for the tests, which run rounds without waiting for the pause).</summary>
    internal async Task RoundAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CopyAsync(open, cancellationToken);
            Last = await CopyAsync(openHoldingWriters, cancellationToken);
            if (Last.Copied < Last.Log)
            {
                MayHaveWritten();
            }
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or OperationCanceledException)
        {
            // Nothing is lost: the pages stay in the log, which readers and writers use as before.
            // The next write tries again.
        }
    }

    private static async Task<Result> CopyAsync(Func<CancellationToken, Task<DbConnection>> opener, CancellationToken cancellationToken)
    {
        await using var connection = await opener(cancellationToken);
        var rows = await connection.QueryAsync("PRAGMA wal_checkpoint(PASSIVE)", r => new Result(r.GetInt64(1), r.GetInt64(2)), cancellationToken);
        return rows[0];
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
            // Bounded: a writer that never lets go must not keep the process from stopping.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            RoundAsync(timeout.Token).GetAwaiter().GetResult();
        }
    }
}
