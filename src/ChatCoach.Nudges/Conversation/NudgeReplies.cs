using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Nudges.Plugin;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Conversation.Presenting;
using static ChatCoach.Nudges.Conversation.NudgeMessages;

namespace ChatCoach.Nudges.Conversation;

/// <summary>The nudge flow's answers in the bot's words; the nudge results' presenters (<see cref="NudgePresenters"/>) use them.</summary>
public static class NudgeReplies
{
    /// <summary>In the nudge flow a recorded value offers Undo; every other result reads as its presenter words it.</summary>
    public static Reply Compose(PluginResult result) => result is ValueRecorded v ? Recorded(v) : ResultPresenters.ForPeople(result);

    /// <summary>"Recorded $412 cost per qualified opportunity for October 2026." with Undo as a choice.</summary>
    public static Reply Recorded(ValueRecorded recorded, OwnerStatus? stillOwed = null)
    {
        var stored = recorded.Recorded;
        var parts = new List<ReplyPart>
        {
            Say(Tone.Success, new TextRun($"Recorded {ValueFormatter.Format(stored.Value!.Value, recorded.Indicator.Unit)} {Lowered(recorded.Indicator.Name)} for {stored.Period.Display}."
                + (recorded.Replaced is { } old ? $" It replaces {(old.HasNumber ? ValueFormatter.Format(old.Value!.Value, recorded.Indicator.Unit) : "the not-available note")}; both stay in the history." : ""))),
            new Choices("Undo?", [new Choice("Undo", "undo", Action: NudgeActions.Undo(stored))]),
        };
        var rest = stillOwed?.Owed.Where(o => o.Indicator.Key != stored.IndicatorKey).ToList() ?? [];
        if (rest.Count > 0)
        {
            parts.Add(Say(Tone.Plain, new TextRun($"Still pending for {stillOwed!.Period.Display}: {string.Join(", ", rest.Select(o => o.Indicator.Name))}.")));
        }
        return new Reply(parts);
    }

    /// <summary>A bare number while several values are pending: ask which, each option recording directly.</summary>
    public static Reply Which(string value, OwnerStatus status) => Reply.Of(new Choices(
        $"You owe {Count(status.Owed.Count, "value")} for {status.Period.Display}. Which one is {value}?",
        status.Owed.Select(o => new Choice(o.Indicator.Name, o.Indicator.Name, Action: NudgeActions.Record(o.Indicator.Key, status.Period).Answered(value))).ToList()));

    internal static Reply Undone(ValueUndone undone)
    {
        var unit = undone.Indicator.Unit;
        var restored = undone.Restored;
        if (restored.HasNumber)
        {
            return Reply.Of(Say(Tone.Success, new TextRun("Undone: "), new Strong(undone.Indicator.Name),
                new TextRun($" for {restored.Period.Display} is {ValueFormatter.Format(restored.Value!.Value, unit)} again. Both changes stay in the history.")));
        }
        return Reply.Of(
            Say(Tone.Success, new TextRun("Undone: "), new Strong(undone.Indicator.Name),
                new TextRun($" for {restored.Period.Display} now reads \"not available (withdrawn)\"; nothing was deleted. Enter the right value when you have it:")),
            NudgeActions.Form($"{undone.Indicator.Name} for {restored.Period.Display}", undone.Indicator, restored.Period));
    }

    internal static Reply Pending(OwnerStatus status)
    {
        if (status.Owed.Count == 0)
        {
            return Reply.Text($"Nothing pending for you: every value you own for {status.Period.Display} is in.", Tone.Success);
        }
        var parts = new List<ReplyPart>
        {
            Say(Tone.Plain, new TextRun($"Pending from you for {status.Period.Display}: {string.Join(", ", status.Owed.Select(o => o.Indicator.Name))}."
                + (status.SnoozedUntil is { } until ? $" Snoozed until {When(until, status.Zone)}." : ""))),
        };
        parts.AddRange(status.Owed.Select(o => NudgeActions.Form($"{o.Indicator.Name} for {status.Period.Display}", o.Indicator, status.Period)));
        return new Reply(parts);
    }

    /// <summary>"What's missing" with the nudge loop's facts — the same plan the dry-run command prints.</summary>
    public static Reply Status(NudgePlan plan)
    {
        var digest = plan.Digest;
        var missing = digest.Standing.Missing.ToList();
        if (missing.Count == 0)
        {
            return Reply.Text($"Nothing is missing: every indicator has its {digest.Period.Display} value.", Tone.Success);
        }
        var parts = new List<ReplyPart> { Say(Tone.Plain, new TextRun($"Still missing for {digest.Period.Display} ({missing.Count} of {digest.Standing.Rows.Count}):")) };
        parts.AddRange(missing.Select(row => Say(Tone.Plain, [.. MissingLine(plan, row)])));
        parts.AddRange(digest.NotAvailable.Select(row => Say(Tone.Plain, new TextRun("• "), new Strong(row.Indicator.Name),
            new TextRun($" — marked not available{Reason(row.CurrentPeriodEntry)}"))));
        parts.AddRange(plan.Owners.Select(o => Say(Tone.Plain, [.. Rhythm(o)])));
        return new Reply(parts);
    }

    private static IEnumerable<Inline> MissingLine(NudgePlan plan, StandingRow row)
    {
        yield return new TextRun("• ");
        yield return new Strong(row.Indicator.Name);
        yield return new TextRun(" — ");
        if (row.Indicator.Owner is not { } owner)
        {
            yield return new TextRun("no owner");
            yield break;
        }
        yield return new Mention(owner);
        var owed = plan.Owners.FirstOrDefault(o => o.Owner == owner)?.Owed.FirstOrDefault(o => o.Indicator.Key == row.Indicator.Key);
        var escalation = plan.Digest.OpenEscalations.FirstOrDefault(e => e.IndicatorKey == row.Indicator.Key);
        var asked = owed?.TimesAsked ?? 0;
        yield return new TextRun(asked == 0 ? ", not asked yet" : $", asked {Count(asked, "time")}");
        if (escalation is not null)
        {
            yield return new TextRun($", escalated {escalation.EscalatedAt:MMM d}");
        }
    }

    private static IEnumerable<Inline> Rhythm(OwnerStatus owner)
    {
        yield return new TextRun("Reminders for ");
        yield return new Mention(owner.Owner);
        yield return new TextRun(owner.SnoozedUntil is { } until ? $": snoozed until {When(until, owner.Zone)}"
            : owner.NudgeDue ? $": nudge due now ({When(owner.DueOccasion!.Value, owner.Zone)})"
            : owner.NextOccasion is { } next ? $": next nudge {When(next, owner.Zone)}" : ": no nudge scheduled");
        if (!ChatChannels.CanPostTo(owner.Owner.Channel))
        {
            yield return new TextRun(" (no direct messages on this channel)");
        }
    }

    private static string Lowered(string name) => name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
