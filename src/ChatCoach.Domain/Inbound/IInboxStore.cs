namespace ChatCoach.Domain.Inbound;

/// <summary>An inbox row the processor has yet to finish.</summary>
public sealed record PendingInboundEvent(InboundEvent Event, int Attempts);

/// <summary>
/// An inbox row waiting to be handled, without its payload: what the processor queues. The payload
/// is read once, by the claim that takes the row, so a deep backlog costs little memory and a sweep
/// over it reads little.
/// </summary>
public sealed record InboxKey(string Source, string DeliveryId, DateTimeOffset ReceivedAt, int Attempts);

/// <summary>The durable side of the inbox: rows keyed by (source, delivery id).</summary>
public interface IInboxStore
{
    /// <summary>Stores the event unless one with the same source and delivery id exists; true when stored.</summary>
    Task<bool> TryAddAsync(InboundEvent inbound, CancellationToken cancellationToken);

    /// <summary>Rows waiting to be handled, and rows whose handler's lease ran out (its process died).</summary>
    Task<IReadOnlyList<PendingInboundEvent>> PendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The keys of the rows <see cref="PendingAsync"/> would return, oldest first (ties in key order);
    /// with <paramref name="after"/>, only the rows after that one (the next page).
    /// </summary>
    Task<IReadOnlyList<InboxKey>> WaitingAsync(DateTimeOffset now, int limit, InboxKey? after, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a row for handling until <paramref name="leaseUntil"/>. Only one claimant wins, also across
    /// processes sharing the database; false when someone else holds it or it is finished.
    /// </summary>
    Task<bool> TryClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>As <see cref="TryClaimAsync"/>, returning the row taken (payload and attempts so far), or null.</summary>
    Task<PendingInboundEvent?> ClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task MarkDoneAsync(string source, string deliveryId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives a claimed row back untouched (shutting down mid-work); it is not a failed attempt.</summary>
    Task ReleaseAsync(string source, string deliveryId, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt and releases the claim; with <paramref name="giveUp"/> the row is parked as failed.</summary>
    Task MarkFailedAsync(string source, string deliveryId, string reason, bool giveUp, CancellationToken cancellationToken);

    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
