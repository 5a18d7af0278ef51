using ChatCoach.Plugins;
using ChatCoach.Conversation;
using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Conversation;

/// <summary>
/// The messages the nudge loop sends on its own: the nudge, the escalation, the digest and the
/// delivery-failure report. Every number in them is a count of recorded facts.
/// </summary>
public static class NudgeMessages
{
    /// <summary>One direct message listing exactly the owner's missing indicators, each with an input.</summary>
    public static Reply Nudge(OwnerStatus owner, ReportingCalendar calendar)
    {
        var parts = new List<ReplyPart>
        {
            Say(Tone.Plain, new TextRun($"Hi! The scoreboard is still missing {Count(owner.Owed.Count, "value")} you own for {owner.Period.Display} " +
                $"(due {calendar.DueDate(owner.Period):MMM d}):")),
        };
        foreach (var owed in owner.Owed)
        {
            parts.Add(Say(Tone.Plain, new TextRun("• "), new Strong(owed.Indicator.Name)));
            parts.Add(NudgeActions.Form($"{owed.Indicator.Name} for {owner.Period.Display}", owed.Indicator, owner.Period));
        }
        parts.Add(Say(Tone.Plain, new TextRun(owner.Owed.Count == 1
            ? $"Reply here with the number (just \"{Example(owner.Owed[0].Indicator.Unit)}\" works), or say \"remind me Thursday\", \"snooze 3 days\" or \"not available this month because …\"."
            : $"Reply here with the indicator and the number (like \"{ShortName(owner.Owed[0].Indicator)} {Example(owner.Owed[0].Indicator.Unit)}\"), or say \"remind me Thursday\", \"snooze 3 days\" or \"not available for {ShortName(owner.Owed[0].Indicator)} because …\".")));
        parts.Add(new Choices("Not now?", [new Choice("Remind me Thursday", "remind me thursday"), new Choice("Snooze 3 days", "snooze 3 days")]));
        return new Reply(parts);
    }

    public static Reply Escalation(Escalation escalation, Indicator indicator) => Reply.Of(
        Say(Tone.Warning, new Strong(indicator.Name), new TextRun($" for {escalation.Period.Display} is still missing. "),
            new Mention(escalation.Owner), new TextRun($" owns it and has been asked {Count(escalation.TimesAsked, "time")} without an answer.")));

    public static Reply Digest(DigestFacts digest)
    {
        var standing = digest.Standing;
        var parts = new List<ReplyPart>
        {
            Say(Tone.Plain, new Strong($"Weekly scoreboard digest — {digest.Period.Display}"),
                new TextRun($": {standing.ReportedCount} of {standing.Rows.Count} indicators reported{MonthTurnWording.AheadNote(standing)}.")),
        };
        parts.AddRange(digest.MissingByOwner.Select(o => Say(Tone.Plain, new TextRun("• Missing from "), new Mention(o.Owner),
            new TextRun(": " + string.Join(", ", o.Missing.Select(i => i.Name))))));
        if (digest.MissingWithoutOwner.Count > 0)
        {
            parts.Add(Say(Tone.Warning, new TextRun("• Missing, no owner: " + string.Join(", ", digest.MissingWithoutOwner.Select(i => i.Name)))));
        }
        parts.AddRange(digest.NotAvailable.Select(r => Say(Tone.Plain, new TextRun($"• Not available: {r.Indicator.Name}{Reason(r.CurrentPeriodEntry)}"))));
        parts.AddRange(digest.OpenEscalations.Select(e => Say(Tone.Warning, new TextRun($"• Escalated: {NameOf(digest, e.IndicatorKey)} — "),
            new Mention(e.Owner), new TextRun($", asked {Count(e.TimesAsked, "time")}"))));
        if (standing.ReportedCount == standing.Rows.Count)
        {
            parts.Add(Say(Tone.Success, new TextRun("Everything is in. Thank you!")));
        }
        parts.Add(new StandingTable(standing));
        return new Reply(parts);
    }

    public static Reply FailureReport(DeliveryRecord failed) => Reply.Of(Say(Tone.Warning,
        new TextRun($"I couldn't deliver a {Describe(failed.Key.Kind)} to "), Recipient(failed.Key),
        new TextRun($" ({failed.Detail ?? "no reason given"}). I won't retry it; please check that I can reach them.")));

    public static string When(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd MMM d HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id;

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static string ShortName(Indicator indicator) => indicator.Aliases.Count > 0 ? indicator.Aliases[0] : indicator.Key;

    public static string Reason(RecordedValue? entry) => entry?.Note is { } why ? $" ({why})" : "";

    private static string NameOf(DigestFacts digest, string key) =>
        digest.Standing.Rows.FirstOrDefault(r => r.Indicator.Key == key)?.Indicator.Name ?? key;

    private static string Example(Unit unit) => unit switch
    {
        Unit.Percent => "31%",
        Unit.Currency => "412",
        Unit.Days => "14 days",
        _ => "3",
    };

    private static string Describe(DeliveryKind kind) => kind switch
    {
        DeliveryKind.Nudge => "weekly nudge",
        DeliveryKind.Escalation => "escalation",
        _ => "weekly digest",
    };

    private static Inline Recipient(DeliveryKey key) =>
        key.Person is { } person ? new Mention(person) : new TextRun("the scoreboard channel");

    internal static Paragraph Say(Tone tone, params Inline[] inlines) => new(inlines, tone);
}
