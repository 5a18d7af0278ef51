using System.Threading.RateLimiting;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// Keeps sends to one conversation under Teams' limit of 7 messages per second per conversation:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#per-bot-per-thread-limit
/// </summary>
internal sealed class ConversationPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        conversationId => RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 7,
            TokensPerPeriod = 7,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 1_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }),
        StringComparer.Ordinal);

    public async Task WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(conversationId, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"Too many messages queued for conversation {conversationId}.");
        }
    }

    public void Dispose() => limiter.Dispose();
}
