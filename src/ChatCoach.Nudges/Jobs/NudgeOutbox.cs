using ChatCoach.Domain.Delivery;
using ChatCoach.Nudges.Model;

namespace ChatCoach.Nudges.Jobs;

/// <summary>
/// The nudge ledger's side of the outbox: every nudge, escalation, digest and failure report goes
/// out through the outbox under a key of its own, and each attempt's outcome lands in the ledger
/// (what the rules read to know who was asked, and what failed and must be reported).
/// </summary>
public sealed class NudgeOutbox(INudgeStore store) : IOutboxFollower
{
    public const string Prefix = "nudges/";

    /// <summary>
    /// How long a nudge, digest or report keeps being retried. Shorter than the outbox's window on
    /// purpose: a nudge is about today; past this the admins hear that it could not be delivered (the
    /// failure report) rather than the owner getting it late, or never with nobody told.
    /// </summary>
    public static readonly SendRetryWindow Window = new(TimeSpan.FromHours(6));

    public string KeyPrefix => Prefix;

    public SendRetryWindow RetryWindow => Window;

    /// <summary>The outbox key of a delivery: one per delivery key, so handing one over twice sends once.</summary>
    public static string KeyOf(DeliveryKey key) => Prefix + key;

    public Task RecordAsync(OutboxOutcome outcome, CancellationToken cancellationToken) =>
        store.RecordOutcomeAsync(outcome.Key, StatusOf(outcome.Status), outcome.Attempts, outcome.Detail, outcome.At, cancellationToken);

    private static DeliveryStatus StatusOf(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => DeliveryStatus.Sent,
        OutboxStatus.Retry => DeliveryStatus.Retry,
        OutboxStatus.Failed => DeliveryStatus.Failed,
        _ => DeliveryStatus.Sending,
    };
}
