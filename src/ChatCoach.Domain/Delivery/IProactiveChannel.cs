using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Delivery;

/// <summary>How a message the bot sent on its own fared.</summary>
public enum DeliveryOutcome
{
    Sent,

    /// <summary>Worth retrying later: rate limited, a 5xx, a timeout.</summary>
    TransientFailure,

    /// <summary>Retrying will not help: the bot is not in the roster, the user left, the conversation is gone.</summary>
    PermanentFailure,
}

/// <param name="RetryAfter">The platform's own "not before" for a transient failure (429, 503), when it gave one.</param>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryResult Sent { get; } = new(DeliveryOutcome.Sent);
}

/// <summary>
/// A channel's way to speak first — the weekly nudge, an escalation, a digest, a survey
/// announcement. Implemented by each chat channel over its platform's API.
/// </summary>
public interface IProactiveChannel
{
    /// <summary>"slack" or "teams": the channel prefix of the user refs it can reach.</summary>
    string Channel { get; }

    Task<DeliveryResult> SendDirectAsync(WorkspaceId workspace, UserRef user, Reply reply, CancellationToken cancellationToken);

    /// <param name="conversationId">A channel or group conversation the bot is already in.</param>
    Task<DeliveryResult> SendToConversationAsync(WorkspaceId workspace, string conversationId, Reply reply, CancellationToken cancellationToken);
}
