using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Inbox;

/// <summary>
/// Handles inbox rows exactly once: each is claimed in the database (so two workers, or two hosts,
/// never both take it), handed to its channel's handler, and marked done. Rows left behind by a
/// crash are found by the periodic sweep once their lease runs out.
/// </summary>
public sealed class InboxProcessor(
    DurableInbox inbox,
    IInboxStore store,
    IEnumerable<IInboundHandler> handlers,
    IOptions<InboxOptions> options,
    TimeProvider clock,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private const int MaxAttempts = 5;
    private readonly TimeSpan _lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
    private readonly TimeSpan _sweepEvery = TimeSpan.FromSeconds(options.Value.SweepSeconds);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    private readonly string _claimant = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, IInboundHandler> _handlers = handlers.ToDictionary(h => h.Source, StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => WorkAsync(stoppingToken)).Append(SweepAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var inbound in inbox.Signals.ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(inbound, attempts: 0, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Picks up what no signal announced: rows from before a restart, and rows whose signal was dropped.</summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_sweepEvery, clock);
        var lastPrune = DateTimeOffset.MinValue;
        try
        {
            do
            {
                foreach (var pending in await store.PendingAsync(clock.GetUtcNow(), 100, stoppingToken))
                {
                    await ProcessAsync(pending.Event, pending.Attempts, stoppingToken);
                }
                if (clock.GetUtcNow() - lastPrune >= PruneEvery)
                {
                    // Finished rows are kept a week: long enough to recognise any platform re-delivery.
                    lastPrune = clock.GetUtcNow();
                    await store.PruneAsync(lastPrune - KeepFinished, stoppingToken);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task ProcessAsync(InboundEvent inbound, int attempts, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        if (!await store.TryClaimAsync(inbound.Source, inbound.DeliveryId, _claimant, now, now + _lease, stoppingToken))
        {
            return;
        }
        try
        {
            if (!_handlers.TryGetValue(inbound.Source, out var handler))
            {
                throw new InvalidOperationException($"No handler for inbox source '{inbound.Source}'.");
            }
            await handler.HandleAsync(inbound, stoppingToken);
            await store.MarkDoneAsync(inbound.Source, inbound.DeliveryId, clock.GetUtcNow(), CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: give the row back so the next start (or another host) handles it.
            await store.ReleaseAsync(inbound.Source, inbound.DeliveryId, CancellationToken.None);
        }
        catch (Exception e)
        {
            var giveUp = attempts + 1 >= MaxAttempts;
            logger.LogError(e, "Inbox {Source}/{DeliveryId} failed (attempt {Attempt}{GaveUp})", inbound.Source, inbound.DeliveryId, attempts + 1, giveUp ? ", giving up" : "");
            await store.MarkFailedAsync(inbound.Source, inbound.DeliveryId, e.GetType().Name + ": " + e.Message, giveUp, CancellationToken.None);
        }
    }
}
