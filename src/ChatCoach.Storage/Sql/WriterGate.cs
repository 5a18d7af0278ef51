namespace ChatCoach.Storage.Sql;

/// <summary>
/// One writer at a time, with two queues: a waiting urgent writer (an acknowledgement the platform
/// is waiting on) goes ahead of every waiting ordinary one (claims, mark-done, background work).
/// Within a queue, first come first served. A writer that already holds the gate is never interrupted.
/// </summary>
internal sealed class WriterGate
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _ordinary = new();
    private bool _held;

    public Task EnterAsync(bool urgent, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return Task.CompletedTask;
            }
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (urgent ? _urgent : _ordinary).Enqueue(waiter);
        }
        return cancellationToken.CanBeCanceled ? WaitAsync(waiter, cancellationToken) : waiter.Task;
    }

    /// <summary>Hands the gate to the next urgent writer, else the next ordinary one, else frees it.</summary>
    public void Exit()
    {
        lock (_lock)
        {
            while (_urgent.TryDequeue(out var next) || _ordinary.TryDequeue(out next))
            {
                // A waiter cancelled meanwhile has given up its turn; TrySetResult tells us.
                if (next.TrySetResult())
                {
                    return;
                }
            }
            _held = false;
        }
    }

    private static async Task WaitAsync(TaskCompletionSource waiter, CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            await waiter.Task;
        }
    }
}
