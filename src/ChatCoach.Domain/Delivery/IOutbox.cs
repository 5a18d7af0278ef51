using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Delivery;

/// <summary>Where a message the bot sends on its own goes: one person's DM, or a conversation the bot is in.</summary>
public abstract record OutboundAddress(string Channel);

public sealed record ToPerson(UserRef User) : OutboundAddress(User.Channel);

/// <param name="Channel">"slack" or "teams".</param>
/// <param name="ConversationId">The channel's own conversation id (a Slack channel, a Teams conversation).</param>
public sealed record ToConversation(string Channel, string ConversationId) : OutboundAddress(Channel);

/// <summary>
/// One message the bot sends without being asked — a survey's first question in a DM, a reminder,
/// results posted at a deadline.
/// </summary>
/// <param name="Key">
/// What makes it one message: enqueueing the same key twice sends once (for example
/// "readiness/42/reminder/slack:U1").
/// </param>
public sealed record OutboundMessage(string Key, WorkspaceId Workspace, OutboundAddress To, Reply Reply);

/// <summary>
/// The bot's way to speak first. Callers hand a message over and move on; the outbox decides when
/// and how it reaches the platform (claimed, sent, outcome recorded, retried on transient failures).
/// </summary>
public interface IOutbox
{
    /// <returns>False when a message with the same key was already handed over (it is not sent again).</returns>
    Task<bool> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken);
}
