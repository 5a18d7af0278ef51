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
/// How long a send the bot makes on its own keeps being retried: for the outbox, the same window as
/// an acknowledged event's answer (<c>ChatCoach:Inbox:RetryHours</c>); the nudges keep a shorter one.
/// </summary>
public sealed record SendRetryWindow(TimeSpan Length)
{
    public static SendRetryWindow Default { get; } = new(TimeSpan.FromHours(24));
}

/// <summary>
/// The retry rule for messages the bot sends on its own (the outbox and the nudge loop): a
/// transient failure is retried by <see cref="RetryWindow"/> — backoff with jitter, never sooner
/// than the platform's Retry-After — until the window has passed since the first try; a permanent
/// one is given up at once.
/// </summary>
public static class SendRetry
{
    public static SendDecision Decide(DeliveryResult result, int attempt, DateTimeOffset firstTriedAt, SendRetryWindow window, DateTimeOffset now, Random random) =>
        result.Outcome switch
        {
            DeliveryOutcome.Sent => new(AfterSend.Sent, null, result.Detail),
            DeliveryOutcome.TransientFailure when RetryWindow.Next(attempt, firstTriedAt, now, window.Length, result.RetryAfter, random) is { } at =>
                new(AfterSend.Retry, at, result.Detail),
            DeliveryOutcome.TransientFailure => new(AfterSend.GiveUp, null,
                $"gave up after {attempt} attempts over {window.Length.TotalHours:0.#} hours: {result.Detail ?? "no reason given"}"),
            _ => new(AfterSend.GiveUp, null, result.Detail),
        };
}

/// <summary>
/// The retry rule for sends that must not be lost (an acknowledged event's answer, decision 0018):
/// tried again with exponential backoff and jitter (so a fleet of rows does not return in step when
/// the platform recovers), never sooner than the platform's Retry-After, until the retry window has
/// passed since the first try; then the row is parked, to be listed and re-driven, never dropped.
/// </summary>
public static class RetryWindow
{
    /// <summary>The longest pause between two tries, however many came before.</summary>
    public static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(5);

    /// <returns>When to try next, or null: the window is over, park the row.</returns>
    public static DateTimeOffset? Next(int attempt, DateTimeOffset since, DateTimeOffset now, TimeSpan window, TimeSpan? retryAfter, Random random)
    {
        if (now - since >= window)
        {
            return null;
        }
        var ceiling = Math.Min(LongestPause.TotalSeconds, FirstPause.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 20)));
        // "Equal jitter": at least half the backoff, so retries spread out but still back off.
        var pause = TimeSpan.FromSeconds(ceiling / 2 + random.NextDouble() * ceiling / 2);
        return now + (retryAfter is { } wait && wait > pause ? wait : pause);
    }
}
