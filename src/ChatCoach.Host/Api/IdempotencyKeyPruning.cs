using ChatCoach.Domain.Api;
using ChatCoach.Conversation.Delivery;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Api;

/// <summary>
/// Idempotency keys are kept ChatCoach:Api:IdempotencyKeyHours (24 by default): long enough for a
/// sync's retries, after which the same key writes again. A claim left by a host that died mid-write
/// goes too, so that key stops answering 409.
/// </summary>
public sealed class IdempotencyKeyPruning(IIdempotencyStore store, IOptions<ApiOptions> options) : IHourlyPruning
{
    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.PruneAsync(now - TimeSpan.FromHours(options.Value.IdempotencyKeyHours), cancellationToken);
}
