using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Board;

namespace ChatCoach.Planner;

/// <summary>
/// The bot's words for the board-management results: every figure written here comes from the
/// result rendered (a recorded value, a target, a count of rows or changes).
/// </summary>
public static class BoardReplies
{
    public static Reply Compose(BoardResult result) => result switch
    {
        IndicatorAdded a => Added(a.Indicator),
        IndicatorRenamed r => Done(new TextRun($"Renamed \"{r.OldName}\" to "), new Strong(r.Indicator.Name), new TextRun($". Its key stays {r.Indicator.Key}, so its history and nudges carry on.")),
        LaggingMetricChanged l => Done(new Strong(l.Indicator.Name), new TextRun($" now protects: {l.Indicator.LaggingMetric} (was: {Or(l.OldLaggingMetric, "none named")}).")),
        MeaningChanged m => Done(new Strong(m.Indicator.Name), new TextRun($" is now measured as {UnitWords.Name(m.Indicator.Unit)}, {Direction(m.Indicator.BetterWhen)} (was {UnitWords.Name(m.OldUnit)}, {Direction(m.OldBetterWhen)}).")),
        IndicatorRetired r => Done(new Strong(r.Indicator.Name), new TextRun($" is retired: it leaves the standing, the digest and the nudges. Its history stays (\"history of {r.Indicator.Key}\"), and \"bring back {r.Indicator.Key}\" restores it.")),
        IndicatorRestored r => Done(new Strong(r.Indicator.Name), new TextRun(" is back on the scoreboard, with its history.")),
        NameClashes c => Reply.Text(c.Clash.Exact
            ? $"There is already an indicator called \"{c.Clash.With.Name}\"{(c.Clash.With.Retired ? " (retired; \"bring back " + c.Clash.With.Key + "\" restores it)" : "")}. What should I call the new one instead?"
            : $"\"{c.Name}\" is too close to \"{c.Clash.With.Name}\": when someone says it, I couldn't tell the two apart. Could you pick a name that says how it differs?", Tone.Warning),
        DetailMissing d => Reply.Text(d.Question, Tone.Warning),
        BoardChanges c => Changes(c),
        IndicatorExplained e => Explained(e),
        LaggingRecorded l => LaggingReplies.Recorded(l),
        UnknownLaggingMetric u => LaggingReplies.Unknown(u),
        QuarterlyReviewShown q => LaggingReplies.Review(q.Review),
        ExportWritten w => Reply.Text($"Exported {w.Revisions} value {(w.Revisions == 1 ? "revision" : "revisions")} with their provenance as CSV: {w.Path}", Tone.Success),
        ExportFile f => Reply.Of(new Paragraph([new TextRun($"Here is the scoreboard export: {f.Revisions} value {(f.Revisions == 1 ? "revision" : "revisions")} with their provenance, as CSV.")], Tone.Success),
            new FileAttachment(f.Csv, f.FileName, "text/csv", "Scoreboard export", HostCommand(f.Workspace))),
        ExportElsewhere e => Reply.Text($"I can't send the CSV file in this chat yet. {HostCommand(e.Workspace)}", Tone.Warning),
        _ => Reply.Text("Done."),
    };

    private static string HostCommand(string workspace) =>
        $"Whoever runs the bot can write it with the host command: export --workspace {workspace} --output scoreboard.csv";

    private static Reply Added(Indicator indicator)
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

    private static Reply Changes(BoardChanges changes)
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

    private static Reply Explained(IndicatorExplained e)
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

    private static Reply Done(params Inline[] inlines) => Reply.Of(ReplyComposer.Say(Tone.Success, inlines));

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
}
