namespace ChatCoach.Domain.Delivery;

/// <summary>What to do after a send attempt: it went out, try again later, or give up.</summary>
public enum AfterSend
{
    Sent,
    Retry,
    GiveUp,
}

/// <param name="RetryAt">Set when <see cref="Next"/> is <see cref="AfterSend.Retry"/>.</param>
public sealed record SendDecision(AfterSend Next, DateTimeOffset? RetryAt, string? Detail)
{
    /// <summary>The caller's own status for this decision.</summary>
    public T Pick<T>(T sent, T retry, T gaveUp) => Next switch
    {
        AfterSend.Sent => sent,
        AfterSend.Retry => retry,
        _ => gaveUp,
    };
}

/// <summary>
/// The one retry rule for messages the bot sends on its own (the outbox and the nudge loop): a
/// transient failure is retried after 1, 2, 4, 8… minutes until the attempts run out; a permanent one
/// is given up at once.
/// </summary>
public static class SendRetry
{
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMinutes(Math.Pow(2, attempt - 1));

    public static SendDecision Decide(DeliveryResult result, int attempt, int maxAttempts, DateTimeOffset now) => result.Outcome switch
    {
        DeliveryOutcome.Sent => new(AfterSend.Sent, null, result.Detail),
        DeliveryOutcome.TransientFailure when attempt < maxAttempts => new(AfterSend.Retry, now + Backoff(attempt), result.Detail),
        DeliveryOutcome.TransientFailure => new(AfterSend.GiveUp, null, $"gave up after {attempt} attempts: {result.Detail ?? "no reason given"}"),
        _ => new(AfterSend.GiveUp, null, result.Detail),
    };
}
