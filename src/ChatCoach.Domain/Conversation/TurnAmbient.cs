using ChatCoach.Domain.Inbound;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// The one ambient carrier of per-turn state: what the current async flow is handling, for code
/// that cannot be handed it (a store under a kernel function, a channel's sender under the coach).
/// Two layers begin their part and nothing else writes it:
/// <list type="bullet">
/// <item>the inbox, around an event: the <see cref="Delivery"/> row being handled, with its arrival;</item>
/// <item>the coach, around a turn: the <see cref="Reads"/> the turn's stores share.</item>
/// </list>
/// Who is acting and when is not here: it travels in the turn's kernel (TurnScope), where a model
/// filling in arguments cannot reach it. Outside the inbox (the console, tests) there is no delivery;
/// outside a turn there are no shared reads and every read looks for itself.
/// </summary>
public sealed record TurnAmbient(InboxDelivery? Delivery, TurnReads? Reads)
{
    private static readonly TurnAmbient Nothing = new(null, null);
    private static readonly AsyncLocal<TurnAmbient?> InFlow = new();

    /// <summary>What this flow is handling now (both parts null outside the inbox and any turn).</summary>
    public static TurnAmbient Current => InFlow.Value ?? Nothing;

    /// <summary>When the event being answered reached us; null outside the inbox.</summary>
    public DateTimeOffset? ArrivedAt => Delivery?.ReceivedAt;

    /// <summary>Handles an inbox row for the flow until disposed.</summary>
    public static IDisposable Handling(InboxDelivery delivery) => Enter(Current with { Delivery = delivery });

    /// <summary>Starts a turn's shared reads for the flow until disposed; an enclosing turn's are put back after.</summary>
    public static IDisposable Turn() => Enter(Current with { Reads = new TurnReads() });

    private static Scope Enter(TurnAmbient inner)
    {
        var outer = InFlow.Value;
        InFlow.Value = inner;
        return new Scope(outer);
    }

    private sealed class Scope(TurnAmbient? outer) : IDisposable
    {
        public void Dispose() => InFlow.Value = outer;
    }
}
