namespace ChatCoach.Domain.Inbound;

/// <summary>An inbox row the processor has yet to finish.</summary>
public sealed record PendingInboundEvent(InboundEvent Event, int Attempts);

/// <summary>The durable side of the inbox: rows keyed by (source, delivery id).</summary>
public interface IInboxStore
{
    /// <summary>Stores the event unless one with the same source and delivery id exists; true when stored.</summary>
    Task<bool> TryAddAsync(InboundEvent inbound, CancellationToken cancellationToken);

    Task<IReadOnlyList<PendingInboundEvent>> PendingAsync(int limit, CancellationToken cancellationToken);

    Task MarkDoneAsync(string source, string deliveryId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt; after too many the row is parked as failed with the reason.</summary>
    Task MarkFailedAsync(string source, string deliveryId, string reason, bool giveUp, CancellationToken cancellationToken);

    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
