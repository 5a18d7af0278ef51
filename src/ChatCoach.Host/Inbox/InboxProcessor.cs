using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Inbox;

/// <summary>
/// Handles inbox rows exactly once: each is claimed in the database (so two workers, or two hosts,
/// never both take it), handed to its channel's handler, and marked done. Rows left behind by a
/// crash are found by the periodic sweep once their lease runs out. A failed row is retried with
/// backoff for the configured window (<see cref="RetryWindow"/>), then parked as dead, never dropped;
/// a turn's replies are kept with the row before they are sent, so a retry re-sends them and never
/// runs the turn again (<see cref="InboxDelivery"/>, decision 0018).
/// </summary>
public sealed class InboxProcessor(
    DurableInbox inbox,
    IInboxStore store,
    IEnumerable<IInboundHandler> handlers,
    IOptions<InboxOptions> options,
    TimeProvider clock,
    InboxMetrics metrics,
    ILogger<InboxProcessor> logger,
    IUnitOfWork? unitOfWork = null) : BackgroundService
{
    private readonly TimeSpan _retryWindow = TimeSpan.FromHours(options.Value.RetryHours);
    private readonly TimeSpan _lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
    private readonly TimeSpan _sweepEvery = TimeSpan.FromSeconds(options.Value.SweepSeconds);
    private const int SweepPage = 500;
    private static readonly TimeSpan SignalGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    /// <summary>
    /// On shutdown, work already started gets this long to finish (well inside the host's 20 s): a
    /// reply cut off mid-send is the one way a restart could answer twice.
    /// </summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(12);

    private readonly CancellationTokenSource _abandon = new();
    private readonly string _claimant = Claimant.New();
    private readonly Dictionary<string, IInboundHandler> _handlers = handlers.ToDictionary(h => h.Source, StringComparer.Ordinal);

    private readonly Channel<InboxKey> _work = Channel.CreateBounded<InboxKey>(
        new BoundedChannelOptions(Math.Max(64, options.Value.Workers * 64)) { FullMode = BoundedChannelFullMode.Wait });

    // Rows waiting in _work or being handled, so the sweep does not queue them a second time.
    private readonly ConcurrentDictionary<(string, string), byte> _queued = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking work now; abandon (and hand back) what is still running after the drain time.
        _abandon.CancelAfter(DrainTimeout);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => WorkAsync(stoppingToken))
            .Append(ForwardSignalsAsync(stoppingToken))
            .Append(SweepAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var pending in _work.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ProcessAsync(pending, _abandon.Token);
                }
                finally
                {
                    _queued.TryRemove((pending.Source, pending.DeliveryId), out _);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Events just accepted by this host go straight to the workers.</summary>
    private async Task ForwardSignalsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var key in inbox.Signals.ReadAllAsync(stoppingToken))
            {
                await QueueAsync(key, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> QueueAsync(InboxKey pending, CancellationToken stoppingToken)
    {
        if (!_queued.TryAdd((pending.Source, pending.DeliveryId), 0))
        {
            return false;
        }
        await _work.Writer.WriteAsync(pending, stoppingToken);
        return true;
    }

    /// <summary>
    /// Picks up what no signal announced: rows from before a restart, rows another host accepted, rows
    /// whose signal was dropped under load, and rows whose lease ran out. After a full page it goes
    /// straight on to the page after it (the oldest rows may all be queued already: re-reading them
    /// would find nothing new while a backlog waits behind them); otherwise it waits for the next tick.
    /// </summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_sweepEvery, clock);
        var lastPrune = DateTimeOffset.MinValue;
        InboxKey? after = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                var page = await store.WaitingAsync(now, SweepPage, after, stoppingToken);
                // Rows younger than the grace period are this host's own, on their way via the signal;
                // queueing them here too would only make the sweep race the workers.
                foreach (var pending in page.Where(p => p.Attempts > 0 || now - p.ReceivedAt >= SignalGrace))
                {
                    await QueueAsync(pending, stoppingToken);
                }
                lastPrune = await PruneWhenDueAsync(lastPrune, stoppingToken);
                if (page.Count < SweepPage || now - page[^1].ReceivedAt < SignalGrace)
                {
                    // Caught up (or only this host's own fresh rows are left): start again from the oldest next tick.
                    after = null;
                    await timer.WaitForNextTickAsync(stoppingToken);
                }
                else
                {
                    after = page[^1];
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<DateTimeOffset> PruneWhenDueAsync(DateTimeOffset lastPrune, CancellationToken stoppingToken)
    {
        if (clock.GetUtcNow() - lastPrune < PruneEvery)
        {
            return lastPrune;
        }
        // Finished rows are kept a week: long enough to recognise any platform re-delivery.
        await store.PruneAsync(clock.GetUtcNow() - KeepFinished, stoppingToken);
        return clock.GetUtcNow();
    }

    public async Task ProcessAsync(InboxKey key, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        var stage = Stopwatch.GetTimestamp();
        // The claim brings the payload: a queued key costs no memory for it, and a row another host
        // finished in the meantime is never read.
        if (await store.ClaimAsync(key.Source, key.DeliveryId, _claimant, now, now + _lease, stoppingToken) is not { } claimed)
        {
            return;
        }
        metrics.Stage("claim", stage);
        var inbound = claimed.Event;
        if (claimed.Unreadable is { } why)
        {
            await ParkUnreadableAsync(inbound, why);
            return;
        }
        try
        {
            if (!_handlers.TryGetValue(inbound.Source, out var handler))
            {
                throw new InvalidOperationException($"No handler for inbox source '{inbound.Source}'.");
            }
            stage = Stopwatch.GetTimestamp();
            var delivery = new InboxDelivery(inbound.Source, inbound.DeliveryId, inbound.ReceivedAt, claimed.Replies ?? [], claimed.InFlight,
                (replies, token) => store.KeepRepliesAsync(inbound.Source, inbound.DeliveryId, replies, token), unitOfWork);
            using (TurnAmbient.Handling(delivery))
            using (InboundTracing.StartDelivery("inbox.handle", inbound.Source, inbound.DeliveryId))
            {
                await handler.HandleAsync(inbound, stoppingToken);
            }
            metrics.Stage("handle", stage);
            metrics.Answered(clock.GetUtcNow() - inbound.ReceivedAt);
            stage = Stopwatch.GetTimestamp();
            await store.MarkDoneAsync(inbound.Source, inbound.DeliveryId, clock.GetUtcNow(), CancellationToken.None);
            metrics.Stage("done", stage);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: give the row back so the next start (or another host) handles it.
            await store.ReleaseAsync(inbound.Source, inbound.DeliveryId, CancellationToken.None);
        }
        catch (Exception e)
        {
            await RetryLaterAsync(claimed, e);
        }
    }

    /// <summary>
    /// A row whose kept answer is damaged is parked at once: running its turn again could repeat a
    /// write the first attempt made, and no retry can read the answer back.
    /// </summary>
    private async Task ParkUnreadableAsync(InboundEvent inbound, string why)
    {
        logger.LogError("Inbox {Source}/{DeliveryId}: its kept answer cannot be read ({Why}); parked as dead without running its turn again (list with 'inbox parked')",
            inbound.Source, inbound.DeliveryId, why);
        metrics.Parked();
        await store.MarkFailedAsync(inbound.Source, inbound.DeliveryId, "kept answer unreadable: " + why, null, CancellationToken.None);
    }

    private async Task RetryLaterAsync(PendingInboundEvent claimed, Exception e)
    {
        var (inbound, attempt, now) = (claimed.Event, claimed.Attempts + 1, clock.GetUtcNow());
        var retryAt = RetryWindow.Next(attempt, claimed.RetrySince ?? inbound.ReceivedAt, now, _retryWindow, RetryAfterHint.Of(e), Random.Shared);
        if (retryAt is { } at)
        {
            logger.LogWarning(e, "Inbox {Source}/{DeliveryId} failed (attempt {Attempt}); retrying at {RetryAt}", inbound.Source, inbound.DeliveryId, attempt, at);
        }
        else
        {
            logger.LogError(e, "Inbox {Source}/{DeliveryId} failed (attempt {Attempt}) and its retry window is over: parked as dead (list with 'inbox parked', hand back with 'inbox redrive')",
                inbound.Source, inbound.DeliveryId, attempt);
            metrics.Parked();
        }
        await store.MarkFailedAsync(inbound.Source, inbound.DeliveryId, e.GetType().Name + ": " + e.Message, retryAt, CancellationToken.None);
    }
}
