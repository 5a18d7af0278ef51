using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Plugin;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>
/// The answers to questions about one indicator or a slice of the board, in the bot's own words.
/// Every figure is a recorded value, a target, or the difference of two of them; each value says
/// who recorded it.
/// </summary>
public static class QuestionReplies
{
    /// <summary>The line the question asked for first, then the rest of what is known about the indicator.</summary>
    public static Reply Indicator(IndicatorReport report, IndicatorAspect aspect)
    {
        var indicator = report.Indicator;
        if (report.Row.Latest is not { } latest)
        {
            return Reply.Of(Say(Tone.Plain, new Strong(indicator.Name), new TextRun(" has no recorded value yet. "),
                new TextRun(indicator.Target is { } t ? $"Its target is {ValueFormatter.Format(t, indicator.Unit)}." : "It has no target either.")));
        }
        var lines = new List<Paragraph>();
        if (aspect == IndicatorAspect.Target)
        {
            lines.Add(TargetLine(report, latest, lead: true));
        }
        else if (aspect == IndicatorAspect.Trend)
        {
            lines.Add(TrendLine(report, latest));
        }
        else if (aspect == IndicatorAspect.Latest && report.Asked is { } month && month != latest.Period)
        {
            lines.Add(AskedMonthLine(report, month));
        }
        lines.Add(LatestLine(indicator, latest));
        if (report.Months.Skip(1).Take(3).ToList() is { Count: > 0 } before)
        {
            lines.Add(Say(Tone.Plain, new TextRun("Before that: " + string.Join(", ", before.Select(v => $"{v.Period.ShortDisplay} {Written(v, indicator.Unit)}")) + ".")));
        }
        if (aspect != IndicatorAspect.Trend && report.Row.Change is { } change && report.Row.Previous is { } previous)
        {
            lines.Add(Say(Tone.Plain, new TextRun($"{ValueFormatter.FormatChange(change, indicator.Unit)} on {previous.Period.ShortDisplay} — {TrendWord(report.Row.Trend)}.")));
        }
        if (aspect != IndicatorAspect.Target)
        {
            lines.Add(TargetLine(report, latest, lead: false));
        }
        return new Reply(lines);
    }

    private static Paragraph LatestLine(Indicator indicator, RecordedValue latest) => Say(Tone.Plain,
        new Strong(indicator.Name), new TextRun($": {Written(latest, indicator.Unit)} for {latest.Period.Display}, recorded by "),
        new Mention(latest.RecordedBy), new TextRun($" on {Day(latest.RecordedAt)}{(latest.Revision > 1 ? " (a correction)" : "")}{(latest.Note is { } note ? $" — “{note}”" : "")}."));

    private static Paragraph AskedMonthLine(IndicatorReport report, Period month) => report.AskedValue is { } value
        ? Say(Tone.Plain, new TextRun($"{month.Display}: {Written(value, report.Indicator.Unit)}, recorded by "), new Mention(value.RecordedBy), new TextRun($" on {Day(value.RecordedAt)}."))
        : Say(Tone.Warning, new TextRun($"Nothing is recorded for {month.Display}."));

    private static Paragraph TrendLine(IndicatorReport report, RecordedValue latest)
    {
        var unit = report.Indicator.Unit;
        var from = report.Asked is { } month ? report.AskedValue : report.Row.Previous;
        if (report.Asked is { } asked && from is null)
        {
            return Say(Tone.Warning, new TextRun($"Nothing is recorded for {asked.Display}, so I can't compare with it."));
        }
        if (from is not { HasNumber: true } || from.Period == latest.Period)
        {
            return Say(Tone.Plain, new TextRun("Only one month is recorded so far, so there is no trend yet."));
        }
        var change = latest.Value!.Value - from.Value!.Value;
        var better = change == 0 ? "flat" : (change > 0) == (report.Indicator.BetterWhen == BetterWhen.Higher) ? "improving" : "worsening";
        var direction = change > 0 ? "Up" : change < 0 ? "Down" : "Unchanged";
        return Say(Tone.Plain, new TextRun(
            $"{direction} since {from.Period.ShortDisplay}: {Written(from, unit)} then, {Written(latest, unit)} in {latest.Period.ShortDisplay} ({ValueFormatter.FormatChange(change, unit)}, {better})."));
    }

    private static Paragraph TargetLine(IndicatorReport report, RecordedValue latest, bool lead)
    {
        var indicator = report.Indicator;
        if (indicator.Target is not { } target)
        {
            return Say(lead ? Tone.Warning : Tone.Plain, new TextRun(lead ? $"{indicator.Name} has no target set, so there is nothing to be on or off." : "No target is set."));
        }
        var value = latest.Value!.Value;
        var met = indicator.MeetsTarget(value) == true;
        var gap = ValueFormatter.FormatChange(Math.Abs(value - target), indicator.Unit).TrimStart('+');
        return Say(met ? Tone.Success : Tone.Warning, new TextRun(met
            ? $"On target: {ValueFormatter.Format(value, indicator.Unit)} against a target of {ValueFormatter.Format(target, indicator.Unit)}."
            : $"Off target: {ValueFormatter.Format(value, indicator.Unit)} against a target of {ValueFormatter.Format(target, indicator.Unit)} ({gap} to go)."));
    }

    internal static Reply OffTarget(OffTargetResult result)
    {
        var parts = new List<ReplyPart>();
        if (result.OffTarget.Count == 0)
        {
            parts.Add(Say(Tone.Success, new TextRun(result.OnTarget.Count == 0
                ? "No indicator has both a target and a recorded value yet, so none can be off target."
                : "Every indicator with a target and a value is on target.")));
        }
        else
        {
            var furthest = result.OffTarget[0];
            parts.Add(Say(Tone.Warning, new TextRun("Furthest off target: "), new Strong(furthest.Row.Indicator.Name), new TextRun(" — " + GapText(furthest) + ".")));
            parts.AddRange(result.OffTarget.Skip(1).Select(g => Say(Tone.Plain, new TextRun("Also off: "), new Strong(g.Row.Indicator.Name), new TextRun(" — " + GapText(g) + "."))));
        }
        if (result.OnTarget.Count > 0 && result.OffTarget.Count > 0)
        {
            parts.Add(Say(Tone.Plain, new TextRun("On target: " + string.Join(", ", result.OnTarget.Select(r => r.Indicator.Name)) + ".")));
        }
        if (result.NotComparable.Count > 0)
        {
            parts.Add(Say(Tone.Plain, new TextRun("Not compared (no target or no value yet): " + string.Join(", ", result.NotComparable.Select(i => i.Name)) + ".")));
        }
        return new Reply(parts);
    }

    /// <summary>"31% against 35% (4 pts short, 11% of the target)": the share is what ranks a cost against a rate.</summary>
    public static string GapText(TargetGap gap)
    {
        var unit = gap.Row.Indicator.Unit;
        var share = Math.Round(gap.Share * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return $"{ValueFormatter.Format(gap.Row.Latest!.Value!.Value, unit)} for {gap.Row.Latest.Period.ShortDisplay} against a target of "
            + $"{ValueFormatter.Format(gap.Row.Indicator.Target!.Value, unit)} ({ValueFormatter.FormatChange(gap.Gap, unit).TrimStart('+')} off, {share}% of the target)";
    }

    internal static Reply Changes(ChangesResult result)
    {
        if (result.Changes.Count == 0)
        {
            return Reply.Text($"Nothing has been recorded or corrected in {result.RecordedIn.Display}.");
        }
        var parts = new List<ReplyPart> { Say(Tone.Plain, new TextRun($"Recorded or corrected in {result.RecordedIn.Display} ({result.Changes.Count}):")) };
        parts.AddRange(result.Changes.Select(c => Say(Tone.Plain,
            new TextRun($"• {Day(c.Value.RecordedAt)} — "), new Mention(c.Value.RecordedBy),
            new TextRun($" recorded {Written(c.Value, c.Indicator.Unit)} for "), new Strong(c.Indicator.Name),
            new TextRun($" for {c.Value.Period.ShortDisplay}{(c.Replaced is { } old ? $" (was {Written(old, c.Indicator.Unit)})" : "")}."))));
        return new Reply(parts);
    }

    internal static Reply Quarter(QuarterResult result)
    {
        var months = string.Join(", ", result.Periods.Select(p => p.ShortDisplay));
        var parts = new List<ReplyPart> { Say(Tone.Plain, new Strong(result.Display), new TextRun($" ({months}) — the latest value of each month:")) };
        parts.AddRange(result.Rows.Select(row => Say(Tone.Plain, new TextRun("• "), new Strong(row.Indicator.Name), new TextRun(": " +
            string.Join(" · ", row.Months.Select((v, i) => $"{result.Periods[i].FirstDay.ToString("MMM", CultureInfo.InvariantCulture)} {(v is null ? "—" : Written(v, row.Indicator.Unit))}"))))));
        parts.Add(Say(Tone.Plain, new TextRun("Say “history of <indicator>” to see who recorded each value.")));
        return new Reply(parts);
    }

    private static string Written(RecordedValue value, Unit unit) => value.HasNumber ? ValueFormatter.Format(value.Value!.Value, unit) : "not available";

    private static string TrendWord(Trend trend) => trend switch
    {
        Trend.Improving => "improving",
        Trend.Worsening => "worsening",
        _ => "flat",
    };

    private static string Day(DateTimeOffset at) => at.ToString("MMM d", CultureInfo.InvariantCulture);

    private static Paragraph Say(Tone tone, params Inline[] inlines) => new(inlines, tone);
}
