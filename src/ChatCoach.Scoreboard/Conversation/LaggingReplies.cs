using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Board;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>The bot's words for lagging metrics: a recorded quarter value and the quarterly review.</summary>
public static class LaggingReplies
{
    public static Reply Recorded(LaggingRecorded recorded)
    {
        var stored = recorded.Recorded;
        var inlines = new List<Inline> { new TextRun($"Recorded {ValueFormatter.Format(stored.Value, stored.Unit)} for the lagging metric "), new Strong(recorded.Metric.Name), new TextRun($" for {stored.Quarter.Display}.") };
        if (recorded.Replaced is { } old)
        {
            inlines.AddRange([new TextRun($" This corrects {ValueFormatter.Format(old.Value, old.Unit)} recorded by "), new Mention(old.RecordedBy),
                new TextRun($" on {old.RecordedAt.ToString("MMM d", CultureInfo.InvariantCulture)}; both stay in the history.")]);
        }
        return Reply.Of(ReplyComposer.Say(Tone.Success, [.. inlines]));
    }

    public static Reply Unknown(UnknownLaggingMetric unknown) => Reply.Text(unknown.Known.Count == 0
        ? $"The scoreboard names no lagging metrics yet, so I can't record \"{unknown.Asked}\"."
        : $"I don't know a lagging metric called \"{unknown.Asked}\". The scoreboard's are: {string.Join(", ", unknown.Known.Select(m => m.Name))}.", Tone.Warning);

    public static Reply Review(QuarterlyReview review)
    {
        if (review.Lines.Count == 0)
        {
            return Reply.Text($"No indicator names a lagging metric, so there is nothing to review for {review.Quarter.Display}.");
        }
        var months = review.Quarter.Months;
        var parts = new List<ReplyPart> { ReplyComposer.Say(Tone.Plain, new TextRun(
            $"Quarterly review for {review.Quarter.Display} ({string.Join(", ", months.Select(m => m.ShortDisplay))}): each lagging metric, then the leading indicators that protect it.")) };
        foreach (var line in review.Lines)
        {
            parts.Add(ReplyComposer.Say(Tone.Plain, new Strong(line.Metric.Name), new TextRun(": " + (line.Value is { } v
                ? $"{ValueFormatter.Format(v.Value, v.Unit)} (recorded by @{v.RecordedBy.LocalId} on {v.RecordedAt.ToString("MMM d", CultureInfo.InvariantCulture)})"
                : "no quarter value recorded"))));
            parts.AddRange(line.Protectors.Select(p => (ReplyPart)ReplyComposer.Say(Tone.Plain, new TextRun("   • " + p.Indicator.Name + ": "
                + string.Join(" → ", p.Months.Select(m => Cell(m, p.Indicator.Unit))) + Trend(p.Trend)))));
        }
        return new Reply(parts);
    }

    private static string Cell(RecordedValue? value, Unit unit) => value switch
    {
        null => "—",
        { HasNumber: true } => ValueFormatter.Format(value.Value!.Value, unit),
        _ => "n/a",
    };

    private static string Trend(Trend trend) => trend switch
    {
        Domain.Scoreboard.Trend.Improving => " (improving)",
        Domain.Scoreboard.Trend.Worsening => " (worsening)",
        Domain.Scoreboard.Trend.Flat => " (flat)",
        _ => "",
    };
}
