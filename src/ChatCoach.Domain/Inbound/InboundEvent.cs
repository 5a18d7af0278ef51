namespace ChatCoach.Domain.Inbound;

/// <summary>
/// Something a platform delivered and the bot acknowledged: a Slack event, a slash command, a
/// Teams activity. It is stored before the acknowledgement and handled exactly once, keyed by the
/// platform's own delivery id (Slack's event_id, a Teams activity id).
/// </summary>
/// <param name="Source">The channel that handles it: "slack" or "teams".</param>
/// <param name="DeliveryId">The platform's id for this delivery; re-deliveries carry the same one.</param>
/// <param name="Payload">What the channel needs to handle it later, in the channel's own format.</param>
public sealed record InboundEvent(string Source, string DeliveryId, string Payload, DateTimeOffset ReceivedAt);

public enum AcceptOutcome
{
    /// <summary>Stored; it will be handled.</summary>
    Accepted,

    /// <summary>Seen before (a platform retry); acknowledge again and do nothing.</summary>
    Duplicate,
}

/// <summary>
/// Where channels put what they acknowledge. Accepting returns once the event is durable, so an
/// acknowledgement never promises work that a crash could lose.
/// </summary>
public interface IInbox
{
    Task<AcceptOutcome> AcceptAsync(InboundEvent inbound, CancellationToken cancellationToken);
}

/// <summary>A channel's handler for the events it put in the inbox.</summary>
public interface IInboundHandler
{
    string Source { get; }

    Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken);
}
