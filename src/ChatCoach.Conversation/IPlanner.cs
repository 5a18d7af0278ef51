using ChatCoach.Domain.Conversation;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation;

/// <summary>Decides which kernel functions a message calls and how the results are said.</summary>
public interface IPlanner
{
    /// <param name="kernel">The turn's kernel: it carries the caller (see TurnScope) and runs every filter.</param>
    Task<Reply> PlanAsync(Kernel kernel, string text, CancellationToken cancellationToken);
}
