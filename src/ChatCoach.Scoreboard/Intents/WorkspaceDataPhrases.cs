using System.Text.RegularExpressions;
using ChatCoach.Scoreboard.WorkspaceData;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>"Delete this workspace's data" (asks for confirmation), and the confirming phrase itself.</summary>
public sealed record DeleteWorkspaceData(string? Confirmation) : Intent;

/// <summary>The admin command that erases a workspace, kept apart from the scoreboard phrases.</summary>
public static partial class WorkspaceDataPhrases
{
    [GeneratedRegex(@"^(please )?(delete|erase|wipe|remove) (all (of )?)?(this|our|the) workspace'?s (data|records)$|^(delete|erase|wipe) (all )?(the )?data (of|for) this workspace$" +
        @"|^(please )?(delete|erase|wipe|remove|purge) (all|every|everything)\b.{0,30}\byou (hold|have|keep|store|retain)\b.{0,12}\b(us|our team|this workspace|our workspace)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ask();

    /// <param name="text">The normalised message (lower case, no trailing punctuation).</param>
    public static Intent? Read(string text) =>
        string.Equals(text, WorkspacePlugin.ConfirmingPhrase, StringComparison.OrdinalIgnoreCase) ? new DeleteWorkspaceData(text)
        : Ask().IsMatch(text) ? new DeleteWorkspaceData(null)
        : null;
}
