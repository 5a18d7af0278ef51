namespace ChatCoach.Domain.Delivery;

/// <summary>
/// A feature that keeps its own record of the messages it hands to the outbox (the nudges remember
/// what each owner was asked, and report what could not be delivered). The outbox stays the only
/// sender and the only claimant; the follower hears each attempt's outcome in the same transaction
/// the outbox records it in, so its record can never disagree with what was sent.
/// </summary>
public interface IOutboxFollower
{
    /// <summary>The start of every key this feature enqueues (for example "nudges/").</summary>
    string KeyPrefix { get; }

    /// <summary>
    /// How long the feature's messages are worth retrying. The rule is the outbox's own (backoff with
    /// jitter, Retry-After honoured, permanent failures given up at once); only the window differs,
    /// because a nudge is about today while an answer is owed until it arrives.
    /// </summary>
    SendRetryWindow RetryWindow { get; }

    /// <summary>Records how one attempt at the message under <paramref name="key"/> went.</summary>
    Task RecordAsync(OutboxOutcome outcome, CancellationToken cancellationToken);
}

/// <param name="Attempts">Sends tried so far, this one included.</param>
public sealed record OutboxOutcome(string Key, OutboxStatus Status, int Attempts, string? Detail, DateTimeOffset At);
