using ChatCoach.Domain.Conversation;
using System.ComponentModel;
using System.Globalization;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Board;

/// <summary>The scoreboard's CSV export asked for in chat.</summary>
public sealed partial class BoardPlugin
{
    /// <summary>Where console exports are written when the host names no folder: exports/ in the working directory.</summary>
    public const string ExportDirectory = "exports";

    [KernelFunction("export_values")]
    [ReadsOnly]
    [Description("Exports every recorded value and correction of the workspace, with provenance, as a CSV file.")]
    public async Task<PluginResult> ExportAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        // Slack and Teams get the file in the conversation (each adapter decides how, and where it
        // cannot); the console shares the host's disk, so it gets a path.
        if (!ChatChannels.IsKnown(scope.Turn.Channel) || transfer is null)
        {
            return new ExportElsewhere(scope.Turn.Workspace.Value);
        }
        var csv = await transfer.ExportAsync(scope.Turn.Workspace, cancellationToken);
        var stamp = scope.Now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var safe = string.Concat(scope.Turn.Workspace.Value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        var name = $"scoreboard-{safe}-{stamp}.csv";
        var revisions = csv.Count(c => c == '\n') - 1;
        if (ChatChannels.TakesFilesInTheConversation(scope.Turn.Channel))
        {
            return new ExportFile(scope.Turn.Workspace.Value, name, System.Text.Encoding.UTF8.GetBytes(csv), revisions);
        }
        var folder = exports?.Path ?? ExportDirectory;
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, name));
        await File.WriteAllTextAsync(path, csv, cancellationToken);
        return new ExportWritten(path, revisions);
    }
}
