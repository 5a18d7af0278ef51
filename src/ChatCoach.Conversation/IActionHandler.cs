using ChatCoach.Domain.Conversation;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation;

/// <summary>
/// A feature's answer to the typed actions it put on buttons and forms (<see cref="ChatAction.Feature"/>
/// names it). It acts through the turn's kernel, so the same access and audit filters apply as for
/// a typed message; an action it does not know, or with arguments it cannot use, gets a reply saying
/// so, never an exception.
/// </summary>
public interface IActionHandler
{
    string Feature { get; }

    Task<Reply> ActAsync(Kernel kernel, ChatAction action, CancellationToken cancellationToken);
}
