namespace ChatCoach.Domain.Inbound;

/// <summary>
/// When the message being answered reached us, for the turn running now. The inbox processor
/// sets it around each handler (an ambient value, like Activity.Current for traces), so the coach
/// can tell a person their answer is late without every channel adapter passing it along.
/// </summary>
public static class Arrival
{
    private static readonly AsyncLocal<DateTimeOffset?> Current = new();

    /// <summary>The arrival of the event being handled, or null outside the inbox (the console, tests).</summary>
    public static DateTimeOffset? At => Current.Value;

    public static IDisposable Begin(DateTimeOffset receivedAt)
    {
        var outer = Current.Value;
        Current.Value = receivedAt;
        return new Scope(outer);
    }

    private sealed class Scope(DateTimeOffset? outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
