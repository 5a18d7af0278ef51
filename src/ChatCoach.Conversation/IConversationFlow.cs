using ChatCoach.Domain.Conversation;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation;

/// <summary>
/// A conversation with its own state that may claim a message before the planner sees it: an
/// interview waiting for its next answer, a nudge waiting for a number. A flow answers only what is
/// clearly its own and returns null for everything else, so the planner still reads the rest.
/// Flows act through the turn's kernel, so the same filters apply to what they do.
/// </summary>
public interface IConversationFlow
{
    /// <summary>
    /// Where it stands in line: flows are asked in increasing rank, whatever order they were
    /// registered in, and two flows may not share one (the coach refuses to start). An interview
    /// waiting for its next answer goes first, so "3" answers the interview rather than a nudge.
    /// </summary>
    int Rank { get; }

    Task<Reply?> TryContinueAsync(Kernel kernel, string text, CancellationToken cancellationToken);
}
