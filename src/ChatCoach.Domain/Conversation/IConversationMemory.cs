using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// What was said in one conversation (workspace + conversation id), so a language model can read
/// "and last month?" in context, also after a restart. It holds words only: figures are always
/// fetched again from the scoreboard, never trusted from memory.
/// </summary>
public interface IConversationMemory
{
    /// <summary>The most recent turns, oldest first, at most <paramref name="maxTurns"/>.</summary>
    Task<IReadOnlyList<RememberedTurn>> RecallAsync(WorkspaceId workspace, string conversationId, int maxTurns, CancellationToken cancellationToken);

    /// <summary>Appends a turn and forgets all but the newest <paramref name="keepTurns"/> of the conversation.</summary>
    Task RememberAsync(WorkspaceId workspace, string conversationId, RememberedTurn turn, int keepTurns, CancellationToken cancellationToken);
}

/// <summary>One exchange: what the person said and what the bot answered, as plain text.</summary>
public sealed record RememberedTurn(UserRef Speaker, string Said, string Answered, DateTimeOffset At);
