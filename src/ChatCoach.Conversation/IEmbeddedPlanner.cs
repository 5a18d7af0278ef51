using ChatCoach.Domain.Conversation;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation;

/// <summary>
/// The planner that reads without a model, as the model planner leans on it: the fast path for exact
/// commands, the answer to a write either planner asked about, and the rule that a write is never
/// guessed, applied to the calls a model proposes. The scoreboard feature implements it: it owns the
/// phrases, the intents and the classifier that read a message.
/// </summary>
public interface IEmbeddedPlanner : IPlanner
{
    /// <summary>True when the message is a command read exactly, so no model is needed for it.</summary>
    bool IsExactCommand(string text, DateOnly today);

    /// <summary>
    /// The answer when this message is a yes or no to the write last asked about; otherwise null,
    /// and the pending write is dropped (so a later "yes" to something else never runs it).
    /// <see cref="IPlanner.PlanAsync"/> does the same itself.
    /// </summary>
    Task<Reply?> AnswerPendingAsync(Kernel kernel, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Asked before a model's proposed call runs: null to let it run, or the reply to give instead
    /// (the question a held write asks, or that nothing was changed).
    /// </summary>
    Task<Reply?> HoldAsync(Kernel kernel, string text, FunctionCallContent proposed, CancellationToken cancellationToken);
}
