using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Board;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>
/// The bot's words for the board-management results: every figure written here comes from the
/// result rendered (a recorded value, a target, a count of rows or changes).
/// </summary>
public static class BoardReplies
{
    internal static string HostCommand(string workspace) =>
        $"Whoever runs the bot can write it with the host command: export --workspace {workspace} --output scoreboard.csv";

    internal static Reply Added(Indicator indicator)
    {
        var details = new List<string> { UnitWords.Name(indicator.Unit), Direction(indicator.BetterWhen) };
        if (indicator.Target is { } target)
        {
            details.Add("target " + ValueFormatter.Format(target, indicator.Unit));
        }
        var inlines = new List<Inline> { new TextRun("Added "), new Strong(indicator.Name), new TextRun($" ({string.Join(", ", details)}) as {indicator.Key}.") };
        inlines.Add(new TextRun(indicator.LaggingMetric.Length > 0 ? $" It protects: {indicator.LaggingMetric}." : " No lagging metric yet: \"set the lagging metric for " + indicator.Key + " to …\" names one."));
        if (indicator.Owner is { } owner)
        {
            inlines.AddRange([new TextRun(" Owner: "), new Mention(owner), new TextRun(".")]);
        }
        return Reply.Of(ReplyComposer.Say(Tone.Success, [.. inlines]));
    }

    internal static Reply Changes(BoardChanges changes)
    {
        if (changes.Changes.Count == 0)
        {
            return Reply.Text("Nothing has changed on the scoreboard since it was set up.");
        }
        var names = changes.Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var parts = new List<ReplyPart> { ReplyComposer.Say(Tone.Plain, new TextRun($"The latest {changes.Changes.Count} changes to the scoreboard, newest first:")) };
        parts.AddRange(changes.Changes.Select(c => (ReplyPart)ReplyComposer.Say(Tone.Plain,
            new TextRun($"• {c.ChangedAt.ToString("MMM d yyyy HH:mm", CultureInfo.InvariantCulture)} UTC — "), new Mention(c.ChangedBy),
            new TextRun(" " + Describe(c, names.GetValueOrDefault(c.IndicatorKey))))));
        return new Reply(parts);
    }

    private static string Describe(BoardChange change, Indicator? indicator)
    {
        var name = indicator?.Name ?? change.IndicatorKey;
        string Shown(string? value) => value is null ? "none"
            : indicator is not null && change.Field == "target" && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var t) ? ValueFormatter.Format(t, indicator.Unit)
            : change.Field == "owner" ? "@" + value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : value;
        return change.Field switch
        {
            "added" => $"added {change.NewValue}",
            "name" => $"renamed \"{change.OldValue}\" to \"{change.NewValue}\"",
            "retired_at" when change.NewValue is null => $"brought back {name}",
            "retired_at" => $"retired {name}",
            "lagging_metric" => $"changed what {name} protects from \"{change.OldValue}\" to \"{change.NewValue}\"",
            "better_when" => $"changed which direction is better for {name} from {change.OldValue?.ToLowerInvariant()} to {change.NewValue?.ToLowerInvariant()}",
            _ => $"changed the {change.Field.Replace('_', ' ')} of {name} from {Shown(change.OldValue)} to {Shown(change.NewValue)}",
        };
    }

    internal static Reply Explained(IndicatorExplained e)
    {
        var indicator = e.Indicator;
        var why = indicator.Why is { } said
            ? (e.Added is { } added ? $"When it was added on {added.ChangedAt.ToString("MMM d yyyy", CultureInfo.InvariantCulture)}, the reason given was: \"{said}\"" : $"The reason given for it: \"{said}\"")
            : e.Job is { } job ? $"It measures the marketing job \"{job.Job}\". {job.WhyItMatters}"
            : "Nobody said why it matters when it was added; an admin can re-add it with a \"because …\".";
        var protects = indicator.LaggingMetric.Length > 0
            ? $"It protects the quarterly lagging metric{(indicator.LaggingMetrics.Count > 1 ? "s" : "")}: {indicator.LaggingMetric}."
            : "It doesn't name a lagging metric yet.";
        return Reply.Of(ReplyComposer.Say(Tone.Plain, new Strong(indicator.Name), new TextRun(indicator.Retired ? " (retired)" : ""), new TextRun(": " + why + " " + protects)));
    }

    internal static string Direction(BetterWhen better) => better == BetterWhen.Higher ? "higher is better" : "lower is better";

    internal static Reply Succeeded(params Inline[] inlines) => Reply.Of(ReplyComposer.Say(Tone.Success, inlines));

    internal static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
}
