namespace ChatCoach.Domain.Delivery;

public enum OutboxStatus
{
    /// <summary>Handed over, not tried yet.</summary>
    Pending,

    /// <summary>Claimed by a host that is sending it now (until its lease runs out).</summary>
    Sending,

    Sent,

    /// <summary>Failed transiently; tried again from its next attempt time.</summary>
    Retry,

    /// <summary>Failed for good, or too many times; never tried again.</summary>
    Failed,
}

/// <param name="Attempts">Sends tried so far (a claim counts as one).</param>
public sealed record OutboxRow(OutboundMessage Message, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? Detail, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// Where the outbox keeps messages until they are sent. Every decision about who sends what is
/// made by the database — a unique key on enqueue, a conditional update on claim — so two hosts
/// never send the same row.
/// </summary>
public interface IOutboxStore
{
    /// <returns>False when a message with this key is already there.</returns>
    Task<bool> TryAddAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Rows that may be claimed now: pending, due for a retry, or whose sender's lease ran out; oldest first.</summary>
    Task<IReadOnlyList<OutboxRow>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>True for the one caller that may send the row now.</summary>
    Task<bool> TryClaimAsync(string key, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Records how the send went (only the claimant can); a retry is due from <paramref name="retryAt"/>.</summary>
    Task RecordAsync(string key, string claimant, OutboxStatus status, string? detail, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    Task<OutboxRow?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes sent and failed rows last touched before <paramref name="olderThan"/>.</summary>
    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
