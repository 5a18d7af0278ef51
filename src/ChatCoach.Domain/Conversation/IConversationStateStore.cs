using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// What the bot keeps about one conversation between turns — the indicator and month last talked
/// about, a write waiting for a "yes" — as an opaque document the planner owns. Kept in the database
/// so a follow-up ("and last month?") or a "yes" still works after a restart or on another host.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The document saved for the conversation at or after <paramref name="notBefore"/>; null when there is none or it is older.</summary>
    Task<string?> ReadAsync(WorkspaceId workspace, string conversationId, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Replaces the conversation's document.</summary>
    Task WriteAsync(WorkspaceId workspace, string conversationId, string document, DateTimeOffset at, CancellationToken cancellationToken);
}
