using System.Globalization;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Model;

/// <summary>
/// The nudge loop's rules, pure: who owes which value at an instant, which occasion is due in their
/// own time zone, what is snoozed, what must be escalated, and what the digest says. The scheduler,
/// the dry-run command and "what's missing" all read the same plan from here.
/// </summary>
public sealed class NudgeRules(NudgeSettings settings, ReportingCalendar calendar)
{
    private readonly StandingCalculator _standing = new(calendar);

    public NudgeSettings Settings => settings;

    /// <summary>How an occasion is written in a delivery key: a UTC instant, the same from every host.</summary>
    public static string OccasionText(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    public TimeZoneInfo ZoneOf(NudgeFacts facts, UserRef person) => facts.Zones.GetValueOrDefault(person.Id) ?? settings.DefaultZone;

    public NudgePlan Plan(NudgeFacts facts, DateTimeOffset now)
    {
        var owners = facts.Indicators.Select(i => i.Owner).OfType<UserRef>().DistinctBy(o => o.Id).OrderBy(o => o.Id, StringComparer.Ordinal);
        var lookup = new Lookup(facts, _standing);
        var statuses = owners.Select(owner => StatusOf(facts, owner, now, lookup)).Where(s => s.Owed.Count > 0).ToList();
        var digestOccasion = facts.ScoreboardChannel is null ? null : settings.Schedule.LatestOccurrence(now, NudgeSettings.Grace, settings.DefaultZone);
        var failures = facts.Deliveries.Where(d => d.Status == DeliveryStatus.Failed && d.Key.Kind != DeliveryKind.FailureReport).ToList();
        return new NudgePlan(facts.Workspace, now, statuses, NewEscalations(statuses, now), Digest(facts, now), digestOccasion, failures);
    }

    /// <summary>
    /// A request is escalated at the first occasion after it went unanswered EscalateAfter times —
    /// never while the owner has snoozed it, and once per indicator and period.
    /// </summary>
    private List<Escalation> NewEscalations(IEnumerable<OwnerStatus> statuses, DateTimeOffset now) =>
        statuses
            .Where(s => s.DueOccasion is not null && s.SnoozedUntil is null)
            .SelectMany(s => s.Owed
                .Where(o => o.Escalation is null && o.TimesAsked >= settings.EscalateAfter)
                .Select(o => new Escalation(o.Indicator.Key, s.Period, s.Owner, o.TimesAsked, now)))
            .ToList();

    public OwnerStatus StatusOf(NudgeFacts facts, UserRef owner, DateTimeOffset now) => StatusOf(facts, owner, now, new Lookup(facts, _standing));

    private OwnerStatus StatusOf(NudgeFacts facts, UserRef owner, DateTimeOffset now, Lookup lookup)
    {
        var zone = ZoneOf(facts, owner);
        var (standing, missingByOwner) = lookup.On(LocalDay(now, zone));
        var period = standing.ReportingPeriod;
        var snooze = facts.Snoozes.Where(s => s.Owner == owner && s.Period == period).MaxBy(s => s.SetAt);
        var snoozedUntil = snooze is not null && snooze.Until > now ? snooze.Until : (DateTimeOffset?)null;
        var occasion = snoozedUntil is null ? DueOccasion(now, zone, snooze) : null;
        var nudges = lookup.NudgesTo(owner).Where(d => d.Key.Subject == period.ToString()).ToList();
        var owed = missingByOwner[owner.Id]
            .Where(_ => ReportingCalendar.IsClosed(period, standing.AsOf))
            .Select(row => new OwedValue(row.Indicator, TimesAsked(nudges, row.Indicator.Key, occasion),
                facts.Escalations.FirstOrDefault(e => e.IndicatorKey == row.Indicator.Key && e.Period == period)))
            .ToList();
        var served = occasion is { } due && nudges.Any(n => n.Key.Occasion == OccasionText(due) && n.Status is DeliveryStatus.Sent or DeliveryStatus.Failed);
        return new OwnerStatus(owner, zone, period, owed, occasion, served, snoozedUntil, NextOccasion(now, zone, snoozedUntil));
    }

    /// <summary>The latest scheduled occasion within the grace window, or the end of a snooze if later.</summary>
    private DateTimeOffset? DueOccasion(DateTimeOffset now, TimeZoneInfo zone, Snooze? endedSnooze)
    {
        var scheduled = settings.Schedule.LatestOccurrence(now, NudgeSettings.Grace, zone);
        var snoozeEnd = endedSnooze is not null && now - endedSnooze.Until <= NudgeSettings.Grace ? endedSnooze.Until : (DateTimeOffset?)null;
        return scheduled is null ? snoozeEnd : snoozeEnd is null ? scheduled : scheduled > snoozeEnd ? scheduled : snoozeEnd;
    }

    private DateTimeOffset? NextOccasion(DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? snoozedUntil) =>
        snoozedUntil ?? settings.Schedule.NextOccurrence(now, zone);

    /// <summary>Nudges that asked for the indicator and reached the owner, before the occasion due now.</summary>
    private static int TimesAsked(IEnumerable<DeliveryRecord> nudges, string indicatorKey, DateTimeOffset? dueOccasion) =>
        nudges.Count(n => n.Status == DeliveryStatus.Sent
            && n.IndicatorKeys.Contains(indicatorKey)
            && (dueOccasion is null || string.CompareOrdinal(n.Key.Occasion, OccasionText(dueOccasion.Value)) < 0));

    /// <summary>
    /// What a plan reads many times, computed once: the standing for each local day the owners'
    /// zones fall on (usually one or two), missing rows by owner, and nudges by recipient — so
    /// planning grows with owners plus indicators, not their product.
    /// </summary>
    private sealed class Lookup(NudgeFacts facts, StandingCalculator calculator)
    {
        private readonly Dictionary<DateOnly, (Standing, ILookup<string, StandingRow>)> _days = [];
        private readonly ILookup<string, DeliveryRecord> _nudges = facts.Deliveries.Where(d => d.Key.Kind == DeliveryKind.Nudge).ToLookup(d => d.Key.Recipient, StringComparer.Ordinal);

        public (Standing Standing, ILookup<string, StandingRow> MissingByOwner) On(DateOnly day)
        {
            if (!_days.TryGetValue(day, out var entry))
            {
                var standing = calculator.Compute(facts.Indicators, facts.LatestValues, day);
                entry = (standing, standing.Missing.Where(r => r.Indicator.Owner is not null).ToLookup(r => r.Indicator.Owner!.Id, StringComparer.Ordinal));
                _days[day] = entry;
            }
            return entry;
        }

        public IEnumerable<DeliveryRecord> NudgesTo(UserRef owner) => _nudges[owner.Id];
    }

    public DigestFacts Digest(NudgeFacts facts, DateTimeOffset now)
    {
        var standing = _standing.Compute(facts.Indicators, facts.LatestValues, LocalDay(now, settings.DefaultZone));
        var missing = standing.Missing.ToList();
        var byOwner = missing.Where(r => r.Indicator.Owner is not null)
            .GroupBy(r => r.Indicator.Owner!.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Indicator.Owner!, (IReadOnlyList<Indicator>)g.Select(r => r.Indicator).ToList()))
            .ToList();
        var open = facts.Escalations
            .Where(e => e.Period == standing.ReportingPeriod && missing.Any(r => r.Indicator.Key == e.IndicatorKey))
            .ToList();
        return new DigestFacts(standing, byOwner, missing.Where(r => r.Indicator.Owner is null).Select(r => r.Indicator).ToList(),
            standing.Rows.Where(r => r.NotAvailableForCurrentPeriod).ToList(), open);
    }
}
