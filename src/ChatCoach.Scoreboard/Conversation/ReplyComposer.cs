using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Scoreboard.Plugin;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>
/// The scoreboard's words: the standing, what is missing, histories, receipts of writes. Its
/// presenters (ScoreboardPresenters.cs and its neighbours) use these; every number written here
/// is taken from the result it renders.
/// </summary>
public static class ReplyComposer
{
    public static Reply Owner(Indicator indicator) => Reply.Of(indicator.Owner is { } owner
        ? Say(Tone.Plain, new Mention(owner), new TextRun(" owns "), new Strong(indicator.Name), new TextRun("."))
        : Say(Tone.Warning, new Strong(indicator.Name), new TextRun(" has no owner yet. An admin can say \"make @name the owner of " + ShortName(indicator) + "\".")));

    internal static Reply Standing(Standing standing) => Reply.Of(
        Say(Tone.Plain, new TextRun($"Where we stand for {standing.ReportingPeriod.Display}: {standing.ReportedCount} of {standing.Rows.Count} indicators reported{MonthTurnWording.AheadNote(standing)}.")),
        new StandingTable(standing));

    internal static Reply Missing(Standing standing)
    {
        var missing = standing.Missing.ToList();
        if (missing.Count == 0)
        {
            var orLater = standing.AheadPeriod is { } newer ? $" or its {newer.Display} value" : "";
            return Reply.Text($"Nothing is missing: every indicator has its {standing.ReportingPeriod.Display} value{orLater}.", Tone.Success);
        }
        var parts = new List<ReplyPart> { Say(Tone.Plain, new TextRun($"Still missing for {standing.ReportingPeriod.Display} ({missing.Count} of {standing.Rows.Count}):")) };
        parts.AddRange(missing.Select(row => Say(Tone.Plain,
            new TextRun("• "), new Strong(row.Indicator.Name), new TextRun(" — "),
            row.Indicator.Owner is { } owner ? new Mention(owner) : new TextRun("no owner"))));
        var noted = standing.Rows.Where(r => r.NotAvailableForCurrentPeriod).ToList();
        parts.AddRange(noted.Select(row => Say(Tone.Plain, new TextRun("• "), new Strong(row.Indicator.Name),
            new TextRun($" — marked not available{(row.CurrentPeriodEntry?.Note is { } why ? $": {why}" : "")}"))));
        return new Reply(parts);
    }

    internal static Reply History(HistoryResult history) => history.Revisions.Count == 0
        ? Reply.Text($"No values recorded yet for {history.Indicator.Name}.")
        : Reply.Of(new HistoryTable(history.Indicator, history.Revisions));

    internal static Reply Recorded(ValueRecorded recorded)
    {
        var unit = recorded.Indicator.Unit;
        var stored = recorded.Recorded;
        var inlines = new List<Inline>
        {
            new TextRun($"Recorded {ValueFormatter.Format(stored.Value!.Value, unit)} for "), new Strong(recorded.Indicator.Name),
            new TextRun($" for {stored.Period.Display}."),
        };
        if (recorded.Replaced is { } old)
        {
            inlines.Add(new TextRun(old.HasNumber
                ? $" This corrects {ValueFormatter.Format(old.Value!.Value, unit)} recorded by "
                : " This replaces the not-available note from "));
            inlines.Add(new Mention(old.RecordedBy));
            inlines.Add(new TextRun($" on {old.RecordedAt:MMM d}; both stay in the history."));
        }
        return Reply.Of(Say(Tone.Success, [.. inlines]));
    }

    internal static string TargetText(decimal? target, Unit unit) => target is { } t ? ValueFormatter.Format(t, unit) : "none";

    private static string ShortName(Indicator indicator) => indicator.Aliases.Count > 0 ? indicator.Aliases[0] : indicator.Key;

    internal static Paragraph Say(Tone tone, params Inline[] inlines) => new(inlines.Where(i => i is not TextRun { Text: "" }).ToList(), tone);
}
