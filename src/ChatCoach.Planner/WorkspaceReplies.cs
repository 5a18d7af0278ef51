using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Workspace;
using Microsoft.SemanticKernel;

namespace ChatCoach.Planner;

/// <summary>Runs "delete this workspace's data" through the kernel (so admin-only applies) and words the answer.</summary>
public static class WorkspaceReplies
{
    public static async Task<Reply> DeleteAsync(Kernel kernel, string? confirmation, CancellationToken cancellationToken)
    {
        if (!kernel.Plugins.TryGetFunction(WorkspacePlugin.Name, "delete_workspace_data", out var function))
        {
            return ReplyComposer.Help();
        }
        var result = (await kernel.InvokeAsync(function, new() { ["confirmation"] = confirmation }, cancellationToken)).GetValue<PluginResult>();
        return result switch
        {
            WorkspaceDeletionNeedsConfirmation ask => Reply.Of(
                new Paragraph([new TextRun("This permanently deletes everything this workspace has stored: every value and correction, owners, targets, "
                    + "readiness surveys and nudge history. It cannot be undone, and an export first is wise.")], Tone.Warning),
                new Choices("Are you sure?", [new("Delete everything", ask.ConfirmingPhrase)])),
            WorkspaceDataDeleted deleted => Reply.Text(
                $"Done: this workspace's data is deleted ({deleted.Rows} records). The next message starts a fresh scoreboard with the default indicators.", Tone.Success),
            { } other => ReplyComposer.Compose(other),
            null => ReplyComposer.Help(),
        };
    }
}
