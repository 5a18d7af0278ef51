namespace ChatCoach.Storage.Sql;

/// <summary>
/// Group commit for one kind of write: requests that arrive while a statement is running wait for
/// the next one and go in together, so under load one transaction serves many events, and a lone
/// request runs at once (nothing waits for a batch to fill). Each request still gets its own answer.
/// </summary>
internal sealed class StatementBatcher<TItem, TResult>(Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TResult>>> run, int maxBatch,
    Database? database = null)
    where TItem : notnull
{
    private readonly Lock _gate = new();
    private readonly Queue<Request> _queue = new();
    private bool _draining;

    public async Task<TResult> RunAsync(TItem item)
    {
        if (database?.Unit is not null)
        {
            // Inside a unit of work the statement belongs to the caller's transaction; a batch would
            // also wait for the writer the unit holds, forever.
            return (await run([item], CancellationToken.None))[0];
        }
        return await EnqueueAsync(item);
    }

    private Task<TResult> EnqueueAsync(TItem item)
    {
        var request = new Request(item);
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(request);
            start = !_draining;
            _draining = true;
        }
        if (start)
        {
            // The drain serves every caller: it must not run inside the starter's unit of work
            // (Database.InOneTransactionAsync), whose connection it would otherwise inherit.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(DrainAsync);
            }
        }
        return request.Completion.Task;
    }

    private async Task DrainAsync()
    {
        while (TakeBatch() is { } batch)
        {
            try
            {
                // Once a statement runs, it runs for everyone in it: no single caller may cancel the others' writes.
                var results = await run([.. batch.Select(r => r.Item)], CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(results[i]);
                }
            }
            catch (Exception e)
            {
                batch.ForEach(r => r.Completion.TrySetException(e));
            }
        }
    }

    private List<Request>? TakeBatch()
    {
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                _draining = false;
                return null;
            }
            var batch = new List<Request>(Math.Min(_queue.Count, maxBatch));
            while (batch.Count < maxBatch && _queue.TryDequeue(out var next))
            {
                batch.Add(next);
            }
            return batch;
        }
    }

    private sealed class Request(TItem item)
    {
        public TItem Item { get; } = item;

        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
