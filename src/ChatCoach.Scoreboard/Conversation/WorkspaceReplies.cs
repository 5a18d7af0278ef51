using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.WorkspaceData;
using Microsoft.SemanticKernel;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>Runs "delete this workspace's data" through the kernel (so admin-only applies) and words the answer.</summary>
public static class WorkspaceReplies
{
    public static async Task<Reply> DeleteAsync(Kernel kernel, string? confirmation, CancellationToken cancellationToken)
    {
        if (!kernel.Plugins.TryGetFunction(WorkspacePlugin.Name, "delete_workspace_data", out var function))
        {
            return HelpReply.Help();
        }
        var result = (await kernel.InvokeAsync(function, new() { ["confirmation"] = confirmation }, cancellationToken)).GetValue<PluginResult>();
        return result is null ? HelpReply.Help() : ResultPresenters.ForPeople(result);
    }
}
