using ChatCoach.Domain.Conversation;

namespace ChatCoach.Domain.Inbound;

/// <summary>An inbox row the processor has yet to finish.</summary>
/// <param name="Replies">The replies an earlier attempt composed and kept (a retry sends these instead of running the turn again).</param>
/// <param name="InFlight">An earlier attempt may have delivered them: it died or timed out mid-send.</param>
/// <param name="RetrySince">Where its retry window starts: its arrival, or when an operator re-drove it.</param>
/// <param name="Unreadable">
/// Why the kept replies could not be read back (damaged in storage), or null. Such a row is neither
/// answered again (its turn may already have written) nor allowed to fail the other rows claimed with it.
/// </param>
public sealed record PendingInboundEvent(InboundEvent Event, int Attempts, IReadOnlyList<Reply>? Replies = null, bool InFlight = false, DateTimeOffset? RetrySince = null,
    string? Unreadable = null);

/// <summary>A row parked after its retry window ran out: kept, listed and re-drivable, never dropped.</summary>
public sealed record ParkedInboundEvent(string Source, string DeliveryId, DateTimeOffset ReceivedAt, int Attempts, string? LastError);

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

    /// <summary>
    /// Keeps the replies a turn composed with the row and marks their send in flight: written before
    /// the send, so a retry re-sends them and never runs the turn again.
    /// </summary>
    Task KeepRepliesAsync(string source, string deliveryId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a failed attempt and releases the claim: the row is tried again from
    /// <paramref name="retryAt"/>, or with null parked as 'dead'. A kept reply stays in flight: a
    /// failed send may still have reached the platform (a timeout, or a later part of it failing).
    /// </summary>
    Task MarkFailedAsync(string source, string deliveryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Rows parked as dead (or failed, before retry windows existed), oldest first.</summary>
    Task<IReadOnlyList<ParkedInboundEvent>> ParkedAsync(int limit, CancellationToken cancellationToken);

    Task<int> CountParkedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Hands parked rows back for handling with a fresh retry window from <paramref name="now"/>: all
    /// of them when <paramref name="deliveryId"/> is null, else the one with that source and id.
    /// </summary>
    Task<int> RedriveAsync(string? source, string? deliveryId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
