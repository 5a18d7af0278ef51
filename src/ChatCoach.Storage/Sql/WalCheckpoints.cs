namespace ChatCoach.Storage.Sql;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file in the background, shortly after
/// writes, instead of inside whichever commit happens to cross the log's size limit. SQLite's own
/// automatic checkpoint runs in that commit — copying megabytes and syncing the file while holding
/// the one writer's turn — so every acknowledgement queued behind it waited for the disk (decision 0041).
/// A checkpoint here is passive: it never waits for, or blocks, a reader or the writer. One runs at a
/// time; a write made while it runs is copied by the next, which follows at once.
/// </summary>
internal sealed class WalCheckpoints(Func<CancellationToken, Task> checkpoint, TimeSpan after) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private int _scheduled;
    private int _unchecked;
    private int _disposed;
    private Task _running = Task.CompletedTask;

    /// <summary>Failed checkpoints (nothing is lost: the frames stay in the log for the next one).</summary>
    public int Failures { get; private set; }

    /// <summary>How many checkpoints ran to the end.</summary>
    public int Completed { get; private set; }

    /// <summary>A write committed: make sure a checkpoint follows it.</summary>
    public void Wrote()
    {
        Volatile.Write(ref _unchecked, 1);
        if (_stop.IsCancellationRequested || Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0)
        {
            return;
        }
        // The checkpoint belongs to no turn: nothing of the writer's flow (its unit of work, its turn) goes with it.
        using (ExecutionContext.SuppressFlow())
        {
            _running = Task.Run(RunSoonAsync);
        }
    }

    private async Task RunSoonAsync()
    {
        try
        {
            // Waiting a moment gathers a burst's writes into one checkpoint.
            await Task.Delay(after, _stop.Token).ConfigureAwait(false);
            // A write from here on may land after the checkpoint has looked: it schedules the next one.
            Volatile.Write(ref _unchecked, 0);
            await checkpoint(_stop.Token).ConfigureAwait(false);
            Completed++;
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            // A checkpoint that could not run (the file busy or gone) loses nothing; the next write schedules another.
            Failures++;
        }
        finally
        {
            Volatile.Write(ref _scheduled, 0);
            if (Volatile.Read(ref _unchecked) == 1)
            {
                Wrote();
            }
        }
    }

    /// <summary>Stops scheduling, and waits (briefly) for a checkpoint already copying. A second call does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _stop.Cancel();
        _running.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
