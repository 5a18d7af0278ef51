using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// Who is speaking, where, and through which channel. The channel adapter builds it from what the
/// platform authenticated; nothing downstream reconstructs identity from message text, and no
/// language model can fill it in.
/// </summary>
/// <param name="Workspace">The board's workspace: where the conversation lives, from the signed request.</param>
/// <param name="Channel">"console", "slack" or "teams": recorded as provenance.</param>
/// <param name="ConversationId">Where the reply goes, in the channel's own terms (a DM, a thread).</param>
/// <param name="IsDirect">True for a one-to-one conversation with the bot.</param>
/// <param name="CallerWorkspace">
/// The caller's own workspace when the platform says it (Slack Connect shared channels carry
/// people of other workspaces); null when it is the board's or unknown.
/// </param>
public sealed record TurnContext(
    WorkspaceId Workspace,
    UserRef Caller,
    string Channel,
    string ConversationId,
    bool IsDirect = true,
    WorkspaceId? CallerWorkspace = null)
{
    /// <summary>The caller belongs to another workspace than the board's: they may read and talk, never administer.</summary>
    public bool IsGuest => CallerWorkspace is { } home && home != Workspace;
}
