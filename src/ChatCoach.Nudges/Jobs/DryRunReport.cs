using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Nudges.Conversation;

namespace ChatCoach.Nudges.Jobs;

/// <summary>
/// The plan as text for `remind --dry-run`: who would be nudged and escalated at the instant, for
/// what, in which time zone — the same facts "what's missing" shows in chat.
/// </summary>
public static class DryRunReport
{
    public static void Write(TextWriter output, NudgePlan plan, NudgeFacts facts, TimeZoneInfo defaultZone, IReadOnlySet<string> reachableChannels)
    {
        var digest = plan.Digest;
        output.WriteLine($"Workspace {plan.Workspace} — {digest.Period.Display}: {digest.Standing.ReportedCount} of {digest.Standing.Rows.Count} reported{MonthTurnWording.AheadNote(digest.Standing)}");
        if (plan.Owners.Count == 0)
        {
            output.WriteLine("  Nobody owes a value.");
        }
        foreach (var owner in plan.Owners)
        {
            output.WriteLine($"  {Verdict(owner),-9} {owner.Owner} ({owner.Zone.Id}) for {owner.Period}: {Owed(owner)}{Reach(owner.Owner.Channel, reachableChannels)}");
        }
        foreach (var escalation in plan.NewEscalations)
        {
            var name = facts.Indicators.First(i => i.Key == escalation.IndicatorKey).Name;
            var to = facts.Admins.Select(a => a.Id).Concat(facts.ScoreboardChannel is { } c ? [c.Recipient] : []).ToList();
            output.WriteLine($"  Escalate  {name} for {escalation.Period} — {escalation.Owner}, asked {NudgeMessages.Count(escalation.TimesAsked, "time")} → {(to.Count == 0 ? "nobody (no admins, no scoreboard channel)" : string.Join(", ", to))}");
        }
        foreach (var indicator in digest.MissingWithoutOwner)
        {
            output.WriteLine($"  No owner  {indicator.Name} (never nudged; shown in the digest)");
        }
        output.WriteLine(facts.ScoreboardChannel is not { } channel ? "  Digest    no scoreboard channel (an admin says \"post the digest here\" in one)"
            : plan.DigestOccasion is { } at ? $"  Digest    due {NudgeMessages.When(at, defaultZone)} → {channel.Channel} {channel.Recipient}"
            : $"  Digest    not due → {channel.Channel} {channel.Recipient}");
    }

    private static string Verdict(OwnerStatus owner) =>
        owner.SnoozedUntil is not null ? "Snoozed" : owner.NudgeDue ? "Nudge" : owner.Served ? "Nudged" : "Not due";

    private static string Owed(OwnerStatus owner)
    {
        var items = string.Join(", ", owner.Owed.Select(o => o.TimesAsked == 0 ? o.Indicator.Name : $"{o.Indicator.Name} (asked {NudgeMessages.Count(o.TimesAsked, "time")})"));
        var when = owner.SnoozedUntil is { } until ? $" — until {NudgeMessages.When(until, owner.Zone)}"
            : owner.NudgeDue ? $" — occasion {NudgeMessages.When(owner.DueOccasion!.Value, owner.Zone)}"
            : owner.NextOccasion is { } next ? $" — next {NudgeMessages.When(next, owner.Zone)}" : "";
        return items + when;
    }

    private static string Reach(string channel, IReadOnlySet<string> reachable) =>
        reachable.Contains(channel) ? "" : $" [no \"{channel}\" channel in this host: shown, never sent]";
}
