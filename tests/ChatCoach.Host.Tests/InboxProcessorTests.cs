using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Host.Inbox;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Host.Tests;

public sealed class InboxProcessorTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempSqlite _file = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _file.Dispose();

    /// <summary>Counts what it handles and signals when it has seen the expected number.</summary>
    private sealed class RecordingHandler(int expected, int failFirst = 0) : IInboundHandler
    {
        private int _failuresLeft = failFirst;

        public ConcurrentBag<string> Handled { get; } = [];

        /// <summary>What the handler saw as the turn's arrival (the coach apologises for long waits from it).</summary>
        public ConcurrentBag<DateTimeOffset?> Arrivals { get; } = [];

        public TaskCompletionSource AllSeen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Source => "slack";

        public Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new InvalidOperationException("the Web API is down");
            }
            Handled.Add(inbound.DeliveryId);
            Arrivals.Add(TurnAmbient.Current.ArrivedAt);
            if (Handled.Count >= expected)
            {
                AllSeen.TrySetResult();
            }
            return Task.CompletedTask;
        }
    }

    private InboundEvent Event(string id) => new("slack", id, "{}", _clock.GetUtcNow());

    private (DurableInbox Inbox, InboxProcessor Processor) Start(SqlInboxStore store, IInboundHandler handler)
    {
        var metrics = new InboxMetrics();
        var inbox = new DurableInbox(store, metrics);
        return (inbox, new InboxProcessor(inbox, store, [handler], Options.Create(new InboxOptions()), _clock, metrics, NullLogger<InboxProcessor>.Instance));
    }

    [Fact]
    public async Task Every_accepted_event_is_handled_once_and_duplicates_are_not()
    {
        var store = new SqlInboxStore(await _file.MigratedAsync());
        var handler = new RecordingHandler(expected: 3);
        var (inbox, processor) = Start(store, handler);
        await processor.StartAsync(CancellationToken.None);

        var outcomes = new List<AcceptOutcome>();
        foreach (var id in new[] { "Ev1", "Ev2", "Ev1", "Ev3", "Ev2" })
        {
            outcomes.Add(await inbox.AcceptAsync(Event(id), CancellationToken.None));
        }
        await handler.AllSeen.Task.WaitAsync(Patience);
        await processor.StopAsync(CancellationToken.None);

        Assert.Equal([AcceptOutcome.Accepted, AcceptOutcome.Accepted, AcceptOutcome.Duplicate, AcceptOutcome.Accepted, AcceptOutcome.Duplicate], outcomes);
        Assert.Equal(["Ev1", "Ev2", "Ev3"], handler.Handled.Order());
        Assert.All(handler.Arrivals, at => Assert.Equal(_clock.GetUtcNow(), at));
        Assert.Empty(await store.PendingAsync(_clock.GetUtcNow(), 10, CancellationToken.None));
    }

    [Fact]
    public async Task Events_acknowledged_before_a_crash_are_handled_after_the_restart()
    {
        // The previous process stored two events and died before handling them.
        var before = new SqlInboxStore(await _file.MigratedAsync());
        await before.TryAddAsync(Event("Ev1"), CancellationToken.None);
        await before.TryAddAsync(Event("Ev2"), CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(3)); // the restart takes a moment
        var store = new SqlInboxStore(_file.Open());
        var handler = new RecordingHandler(expected: 2);
        var (_, processor) = Start(store, handler);
        await processor.StartAsync(CancellationToken.None);
        await handler.AllSeen.Task.WaitAsync(Patience);
        await processor.StopAsync(CancellationToken.None);

        Assert.Equal(["Ev1", "Ev2"], handler.Handled.Order());
    }

    [Fact]
    public async Task A_row_whose_kept_answer_is_damaged_is_parked_without_its_turn_running_again_and_the_others_are_answered()
    {
        // The previous process answered Ev1 and kept the answer, which was then damaged in storage.
        var database = await _file.MigratedAsync();
        var before = new SqlInboxStore(database);
        await before.TryAddAsync(Event("Ev1"), CancellationToken.None);
        await before.TryClaimAsync("slack", "Ev1", "old-host", _clock.GetUtcNow(), _clock.GetUtcNow().AddMinutes(2), CancellationToken.None);
        await before.KeepRepliesAsync("slack", "Ev1", [Reply.Text("Recorded.")], CancellationToken.None);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE inbox SET replies = 'not json' WHERE delivery_id = 'Ev1'", CancellationToken.None);
        }
        await before.ReleaseAsync("slack", "Ev1", CancellationToken.None);
        await before.TryAddAsync(Event("Ev2"), CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(3));
        var store = new SqlInboxStore(_file.Open());
        var handler = new RecordingHandler(expected: 1);
        var (_, processor) = Start(store, handler);
        await processor.StartAsync(CancellationToken.None);
        await handler.AllSeen.Task.WaitAsync(Patience);
        await WaitUntilAsync(async () => await store.CountParkedAsync(CancellationToken.None) == 1);
        await processor.StopAsync(CancellationToken.None);

        Assert.Equal(["Ev2"], handler.Handled);
        var parked = Assert.Single(await store.ParkedAsync(10, CancellationToken.None));
        Assert.Equal("Ev1", parked.DeliveryId);
        Assert.StartsWith("kept answer unreadable: ", parked.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backlog_deeper_than_a_sweep_page_is_handled_without_waiting_for_more_ticks()
    {
        // Another host accepted 1,300 events (no signal reached this one) and went away.
        var before = new SqlInboxStore(await _file.MigratedAsync());
        await Task.WhenAll(Enumerable.Range(0, 1300).Select(i => before.TryAddAsync(Event($"Ev{i}"), CancellationToken.None)));
        _clock.Advance(TimeSpan.FromSeconds(3));
        var store = new SqlInboxStore(_file.Open());
        var handler = new RecordingHandler(expected: 1300);
        var (_, processor) = Start(store, handler);

        // The fake clock stands still: only the sweep's first round, paging on, can reach them all.
        await processor.StartAsync(CancellationToken.None);
        await handler.AllSeen.Task.WaitAsync(Patience);
        await processor.StopAsync(CancellationToken.None);

        Assert.Equal(1300, handler.Handled.Distinct().Count());
        Assert.Empty(await store.PendingAsync(_clock.GetUtcNow(), 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_handling_is_retried_on_the_next_sweep()
    {
        var store = new SqlInboxStore(await _file.MigratedAsync());
        var handler = new RecordingHandler(expected: 1, failFirst: 1);
        var (inbox, processor) = Start(store, handler);
        await processor.StartAsync(CancellationToken.None);

        await inbox.AcceptAsync(Event("Ev1"), CancellationToken.None);
        // The retry comes from a sweep: move the fake clock on until one has run.
        await WaitUntilAsync(() =>
        {
            _clock.Advance(TimeSpan.FromSeconds(6));
            return Task.FromResult(handler.AllSeen.Task.IsCompleted);
        });
        await handler.AllSeen.Task.WaitAsync(Patience);
        await processor.StopAsync(CancellationToken.None);

        Assert.Equal(["Ev1"], handler.Handled);
    }

    /// <summary>Polls a condition a bounded number of times; the processor works on its own threads.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Yield();
            Thread.Sleep(25);
        }
        throw new TimeoutException("The condition did not hold in time.");
    }
}
