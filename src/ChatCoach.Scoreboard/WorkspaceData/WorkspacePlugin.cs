using System.ComponentModel;
using ChatCoach.Domain.Installations;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.WorkspaceData;

/// <summary>The deleted row count, so the reply can say what went.</summary>
public sealed record WorkspaceDataDeleted(int Rows) : PluginResult;

/// <summary>The confirmation step: nothing is deleted until the admin answers with the confirming phrase.</summary>
public sealed record WorkspaceDeletionNeedsConfirmation(string ConfirmingPhrase) : PluginResult;

/// <summary>What an admin may do to the workspace as a whole: today, delete everything it stored.</summary>
public sealed class WorkspacePlugin(IWorkspaceDataEraser eraser)
{
    public const string Name = "workspace";

    /// <summary>The exact words that confirm a deletion; the admin types or clicks them, a model never needs to.</summary>
    public const string ConfirmingPhrase = "yes, delete all of this workspace's data";

    [KernelFunction("delete_workspace_data")]
    [Description("Deletes every value, correction, owner, target, survey and nudge record of this workspace. Admins only; runs only when the admin's own message was the exact confirming phrase.")]
    [WriteAccess(WriteAccess.Admin, Refusal = "Only an admin can delete this workspace's data.")]
    public async Task<PluginResult> DeleteWorkspaceDataAsync(
        Kernel kernel,
        [Description("The admin's confirming message, word for word.")] string? confirmation = null,
        CancellationToken cancellationToken = default)
    {
        if (!string.Equals(confirmation?.Trim(), ConfirmingPhrase, StringComparison.OrdinalIgnoreCase))
        {
            return new WorkspaceDeletionNeedsConfirmation(ConfirmingPhrase);
        }
        return new WorkspaceDataDeleted(await eraser.EraseAsync(TurnScope.Of(kernel).Turn.Workspace, cancellationToken));
    }
}
