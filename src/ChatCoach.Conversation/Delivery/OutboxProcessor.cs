using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Conversation.Delivery;

/// <summary>
/// Sends what the outbox holds: claims each due row in the database, sends it through the channel
/// that can reach its address, and records the outcome right after the platform answers — which keeps
/// the one window for a duplicate (sent, outcome not yet written) as short as a database write. Transient
/// failures are retried with backoff for the retry window; permanent ones are recorded and not retried
/// (docs/decisions/0008-outbox.md). It is the one sender of everything the bot says on its own —
/// replies owed, nudges, digests, escalations, survey questions and reminders — and the one claimant
/// (decision 0032): a feature that keeps its own record of what it sent is an
/// <see cref="IOutboxFollower"/>, told each outcome in the transaction that records it.
/// </summary>
public sealed class OutboxProcessor(
    DurableOutbox outbox,
    IOutboxStore store,
    IUnitOfWork unitOfWork,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger,
    SendRetryWindow? retryWindow = null) : BackgroundService
{
    public const int MaxAtOnce = 4;
    public static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(5);

    /// <summary>How long a claim holds before another host may assume its sender died mid-send.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);
    private const int Page = 100;

    private readonly string _claimant = Claimant.New();

    // Resolved on first use: the channels answer through the coach, whose plugins enqueue here.
    private readonly Lazy<Dictionary<string, IProactiveChannel>> _channels = new(() =>
        services.GetServices<IProactiveChannel>().ToDictionary(c => c.Channel, StringComparer.Ordinal));

    private readonly Lazy<IOutboxFollower[]> _followers = new(() => [.. services.GetServices<IOutboxFollower>()]);

    private readonly Lazy<IHourlyPruning[]> _prunings = new(() => [.. services.GetServices<IHourlyPruning>()]);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPrune = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await SendDueAsync(stoppingToken);
                if (clock.GetUtcNow() - lastPrune > TimeSpan.FromHours(1))
                {
                    await PruneAsync(stoppingToken);
                    lastPrune = clock.GetUtcNow();
                }
                await WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends every row due now, a few at a time, so one slow platform does not hold up the rest.</summary>
    public async Task SendDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            IReadOnlyList<OutboxRow> due;
            do
            {
                due = await store.DueAsync(clock.GetUtcNow(), Page, stoppingToken);
                await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = MaxAtOnce, CancellationToken = stoppingToken },
                    async (row, token) => await SendAsync(row, token));
            }
            while (due.Count == Page);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Outbox round failed; the next round retries");
        }
    }

    /// <summary>
    /// The host's hourly pruning: finished outbox rows older than a week, then every other
    /// <see cref="IHourlyPruning"/> (idempotency keys, rate windows). A failure is logged and tried next hour.
    /// </summary>
    public async Task PruneAsync(CancellationToken stoppingToken)
    {
        try
        {
            await store.PruneAsync(clock.GetUtcNow() - KeepFinished, stoppingToken);
            foreach (var pruning in _prunings.Value)
            {
                await pruning.PruneAsync(clock.GetUtcNow(), stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Pruning failed; the next hour's round retries");
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var sweep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        sweep.CancelAfter(SweepEvery);
        try
        {
            await outbox.Wake.ReadAsync(sweep.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The sweep: rows from before a restart, other hosts' rows, retries that came due.
        }
    }

    private async Task SendAsync(OutboxRow row, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        if (!await store.TryClaimAsync(row.Message.Key, _claimant, now, now + Lease, stoppingToken))
        {
            return;
        }
        var attempt = row.Attempts + 1;
        DeliveryResult result;
        try
        {
            result = await DeliverAsync(row.Message, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-send: hand it back for the next start or another host.
            await RecordAsync(row.Message.Key, FollowerOf(row.Message.Key), attempt, OutboxStatus.Retry, "interrupted by shutdown", clock.GetUtcNow());
            return;
        }
        catch (Exception e)
        {
            result = new DeliveryResult(DeliveryOutcome.TransientFailure, e.GetType().Name + ": " + e.Message);
        }
        await RecordAsync(row, result, attempt);
    }

    private Task<DeliveryResult> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (!_channels.Value.TryGetValue(message.To.Channel, out var channel))
        {
            return Task.FromResult(new DeliveryResult(DeliveryOutcome.PermanentFailure, $"no {message.To.Channel} channel is configured in this host"));
        }
        return message.To switch
        {
            ToPerson person => channel.SendDirectAsync(message.Workspace, person.User, message.Reply, cancellationToken),
            ToConversation conversation => channel.SendToConversationAsync(message.Workspace, conversation.ConversationId, message.Reply, cancellationToken),
            _ => Task.FromResult(new DeliveryResult(DeliveryOutcome.PermanentFailure, "unknown kind of address")),
        };
    }

    private async Task RecordAsync(OutboxRow row, DeliveryResult result, int attempt)
    {
        var (message, now) = (row.Message, clock.GetUtcNow());
        var follower = FollowerOf(message.Key);
        var window = follower?.RetryWindow ?? retryWindow ?? SendRetryWindow.Default;
        var decision = SendRetry.Decide(result, attempt, row.CreatedAt, window, now, Random.Shared);
        var status = decision.Pick(OutboxStatus.Sent, OutboxStatus.Retry, OutboxStatus.Failed);
        if (status != OutboxStatus.Sent)
        {
            logger.LogWarning("Outbox {Key} to {Address}: {Outcome} on attempt {Attempt} ({Detail})", message.Key, message.To, result.Outcome, attempt, decision.Detail);
        }
        await RecordAsync(message.Key, follower, attempt, status, decision.Detail, decision.RetryAt);
    }

    /// <summary>
    /// The outcome, and the follower's record of it, in one transaction: a crash cannot leave a
    /// nudge marked as sending forever while the outbox knows it went. Written even while shutting
    /// down: the platform already has the message.
    /// </summary>
    private Task RecordAsync(string key, IOutboxFollower? follower, int attempt, OutboxStatus status, string? detail, DateTimeOffset? retryAt)
    {
        var now = clock.GetUtcNow();
        if (follower is null)
        {
            return store.RecordAsync(key, _claimant, status, detail, now, retryAt, CancellationToken.None);
        }
        return unitOfWork.InOneTransactionAsync(async token =>
        {
            await store.RecordAsync(key, _claimant, status, detail, now, retryAt, token);
            await follower.RecordAsync(new OutboxOutcome(key, status, attempt, detail, now), token);
        }, CancellationToken.None);
    }

    private IOutboxFollower? FollowerOf(string key) =>
        _followers.Value.FirstOrDefault(f => key.StartsWith(f.KeyPrefix, StringComparison.Ordinal));
}
