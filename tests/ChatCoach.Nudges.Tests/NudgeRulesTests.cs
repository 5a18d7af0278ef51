using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Tests;

/// <summary>Who owes what at an instant, snoozes, escalation and the digest — the pure rules.</summary>
public sealed class NudgeRulesTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly UserRef Lee = new("slack:ULEE");
    private static readonly Period September = new(2026, 9);
    private static readonly Period October = new(2026, 10);
    private static readonly NudgeRules Rules = new(new NudgeSettings(ReminderSchedule.Parse("0 9 * * MON"), TimeZoneInfo.Utc, 2), new ReportingCalendar(5));

    private static DateTimeOffset Monday(int month, int day) => new(2026, month, day, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<Indicator> Board = DefaultScoreboard.Indicators
        .Select(i => i.Key switch
        {
            "cost-per-qualified-opp" or "win-rate-non-price" => i with { Owner = Dana },
            "proof-shipped" => i with { Owner = Lee },
            _ => i,
        })
        .ToList();

    private static RecordedValue Value(string key, Period period, ValueKind kind = ValueKind.Value, string? note = null) =>
        new(key, period, 1, kind, kind == ValueKind.Value ? 10 : null, Dana, Monday(11, 2), "slack", note);

    private static DeliveryRecord Nudged(UserRef owner, Period period, DateTimeOffset occasion, string contents, DeliveryStatus status = DeliveryStatus.Sent) =>
        new(new DeliveryKey(Acme, DeliveryKind.Nudge, owner.Id, period.ToString(), NudgeRules.OccasionText(occasion)), status, 1, contents.Split(','), null, occasion, occasion);

    private static NudgeFacts Facts(IEnumerable<RecordedValue>? values = null, IEnumerable<DeliveryRecord>? deliveries = null,
        IEnumerable<Snooze>? snoozes = null, IEnumerable<Escalation>? escalations = null, Dictionary<string, TimeZoneInfo>? zones = null) =>
        new(Acme, Board, [.. values ?? []], [.. deliveries ?? []], [.. snoozes ?? []], [.. escalations ?? []], null, zones ?? [], []);

    [Fact]
    public void Each_owner_owes_exactly_their_missing_indicators_and_unowned_rows_go_to_the_digest()
    {
        var plan = Rules.Plan(Facts([Value("win-rate-non-price", October)]), Monday(11, 23));

        var dana = Assert.Single(plan.Nudges, o => o.Owner == Dana);
        Assert.Equal(["cost-per-qualified-opp"], dana.Owed.Select(o => o.Indicator.Key));
        Assert.Equal(October, dana.Period);
        Assert.Contains(plan.Nudges, o => o.Owner == Lee);
        Assert.Equal(2, plan.Nudges.Count());
        Assert.Equal(3, plan.Digest.MissingWithoutOwner.Count);
    }

    [Fact]
    public void Before_the_due_day_the_nudge_asks_for_the_period_still_current_and_never_for_an_open_month()
    {
        // Monday 2 November: October has ended but is not due before the 5th, so September is current.
        var facts = Facts([Value("cost-per-qualified-opp", September), Value("win-rate-non-price", September), Value("proof-shipped", September)]);

        Assert.Empty(Rules.Plan(facts, Monday(11, 2)).Nudges);
        var later = Rules.Plan(facts, Monday(11, 9));
        Assert.All(later.Nudges, o => Assert.Equal(October, o.Period));
        Assert.Equal(2, later.Nudges.Count());
    }

    [Fact]
    public void An_owner_who_reported_the_month_just_closed_is_not_asked_for_the_month_before()
    {
        // Monday 2 November: September is still the reporting period, but Dana already sent October
        // for cost per opp (decision 0009) — she owes only win rate; the digest agrees.
        var facts = Facts([Value("cost-per-qualified-opp", October), Value("proof-shipped", September)]);

        var plan = Rules.Plan(facts, Monday(11, 2));

        var dana = Assert.Single(plan.Nudges, o => o.Owner == Dana);
        Assert.Equal(September, dana.Period);
        Assert.Equal(["win-rate-non-price"], dana.Owed.Select(o => o.Indicator.Key));
        Assert.DoesNotContain(plan.Nudges, o => o.Owner == Lee);
        Assert.DoesNotContain(plan.Digest.MissingByOwner.SelectMany(o => o.Missing), i => i.Key == "cost-per-qualified-opp");
        Assert.Equal(2, plan.Digest.Standing.ReportedCount);
        Assert.Equal(October, plan.Digest.Standing.AheadPeriod);
    }

    [Fact]
    public void Nothing_is_due_between_occasions_and_a_served_occasion_is_not_due_again()
    {
        Assert.Empty(Rules.Plan(Facts(), Monday(11, 25)).Nudges);
        var served = Facts(deliveries: [Nudged(Dana, October, Monday(11, 23), "cost-per-qualified-opp,win-rate-non-price")]);

        var plan = Rules.Plan(served, Monday(11, 23).AddMinutes(1));

        Assert.DoesNotContain(plan.Nudges, o => o.Owner == Dana);
        Assert.True(plan.Owners.Single(o => o.Owner == Dana).Served);
    }

    [Fact]
    public void An_owner_in_another_zone_is_due_at_nine_in_their_own_zone()
    {
        var zones = new Dictionary<string, TimeZoneInfo> { [Lee.Id] = TimeZoneInfo.FindSystemTimeZoneById("America/New_York") };

        Assert.DoesNotContain(Rules.Plan(Facts(zones: zones), Monday(11, 23)).Nudges, o => o.Owner == Lee);
        var lee = Assert.Single(Rules.Plan(Facts(zones: zones), Monday(11, 23).AddHours(5)).Nudges, o => o.Owner == Lee);
        Assert.Equal(Monday(11, 23).AddHours(5), lee.DueOccasion);
    }

    [Fact]
    public void An_owners_nine_oclock_follows_their_zone_across_the_daylight_saving_change()
    {
        var zones = new Dictionary<string, TimeZoneInfo> { [Lee.Id] = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") };
        var summer = new DateTimeOffset(2026, 10, 19, 7, 0, 0, TimeSpan.Zero);
        var winter = new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(summer, Assert.Single(Rules.Plan(Facts(zones: zones), summer).Nudges, o => o.Owner == Lee).DueOccasion);
        Assert.DoesNotContain(Rules.Plan(Facts(zones: zones), winter.AddMinutes(-30)).Nudges, o => o.Owner == Lee);
        var lee = Assert.Single(Rules.Plan(Facts(zones: zones), winter).Nudges, o => o.Owner == Lee);
        Assert.Equal((winter, September), (lee.DueOccasion!.Value, lee.Period));
    }

    [Fact]
    public void A_snooze_holds_the_nudge_until_it_ends_and_then_brings_one()
    {
        var snooze = new Snooze(Dana, October, Monday(11, 26), Monday(11, 20));

        var during = Rules.Plan(Facts(snoozes: [snooze]), Monday(11, 23));
        var after = Rules.Plan(Facts(snoozes: [snooze]), Monday(11, 26).AddMinutes(1));

        Assert.DoesNotContain(during.Nudges, o => o.Owner == Dana);
        Assert.Equal(Monday(11, 26), during.Owners.Single(o => o.Owner == Dana).SnoozedUntil);
        Assert.Equal(Monday(11, 26), Assert.Single(after.Nudges, o => o.Owner == Dana).DueOccasion);
    }

    [Fact]
    public void Not_available_counts_as_an_answer_and_shows_in_the_digest_with_its_reason()
    {
        var facts = Facts([Value("cost-per-qualified-opp", October, ValueKind.NotAvailable, "CRM migration"), Value("win-rate-non-price", October)]);

        var plan = Rules.Plan(facts, Monday(11, 23));

        Assert.DoesNotContain(plan.Nudges, o => o.Owner == Dana);
        Assert.Equal("CRM migration", Assert.Single(plan.Digest.NotAvailable).CurrentPeriodEntry!.Note);
    }

    [Fact]
    public void The_request_escalates_at_the_first_occasion_after_it_went_unanswered_escalate_after_times()
    {
        var twice = new[] { Nudged(Dana, October, Monday(11, 9), "cost-per-qualified-opp"), Nudged(Dana, October, Monday(11, 16), "cost-per-qualified-opp,win-rate-non-price") };

        var atSecond = Rules.Plan(Facts(deliveries: twice), Monday(11, 16).AddMinutes(1));
        var atThird = Rules.Plan(Facts(deliveries: twice), Monday(11, 23));

        Assert.Empty(atSecond.NewEscalations);
        var escalation = Assert.Single(atThird.NewEscalations);
        Assert.Equal(("cost-per-qualified-opp", Dana, 2), (escalation.IndicatorKey, escalation.Owner, escalation.TimesAsked));
        var recorded = new Escalation("cost-per-qualified-opp", October, Dana, 2, Monday(11, 23));
        Assert.Empty(Rules.Plan(Facts(deliveries: twice, escalations: [recorded]), Monday(11, 23)).NewEscalations);
    }

    [Fact]
    public void Failed_sends_do_not_count_as_asked_and_are_reported()
    {
        var failed = Nudged(Dana, October, Monday(11, 16), "cost-per-qualified-opp", DeliveryStatus.Failed);

        var plan = Rules.Plan(Facts(deliveries: [failed]), Monday(11, 23));

        Assert.All(plan.Owners.Single(o => o.Owner == Dana).Owed, o => Assert.Equal(0, o.TimesAsked));
        Assert.Equal(failed, Assert.Single(plan.FailuresToReport));
    }
}
