using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

/// <summary>
/// What a standing row says about the month that is due, in every state: a value is never shown
/// beside a bare "missing" (issue 30: "31% (Oct 2026) … missing (no owner)").
/// </summary>
public sealed class RowDueWordingTests
{
    private static readonly UserRef Dana = UserRef.Local("dana");
    private static readonly StandingCalculator Calculator = new(new ReportingCalendar(5));

    private static Indicator Cost(UserRef? owner) => DefaultScoreboard.Indicators.Single(i => i.Key == "cost-per-qualified-opp") with { Owner = owner };

    private static RecordedValue Value(string period, ValueKind kind = ValueKind.Value) =>
        new("cost-per-qualified-opp", Period.Parse(period), 1, kind, kind == ValueKind.Value ? 412 : null, Dana,
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "console");

    private static (RowDue State, string? Note) Row(int day, UserRef? owner, params RecordedValue[] values)
    {
        var standing = Calculator.Compute([Cost(owner)], values, new DateOnly(2026, 12, day));
        var row = standing.Rows.Single();
        return (RowDueWording.StateOf(row, standing), RowDueWording.NoteWithOwner(row, standing, u => "@" + u.LocalId));
    }

    [Fact]
    public void Reported_the_newest_closed_month_owes_nothing() =>
        Assert.Equal((RowDue.Reported, null), Row(10, Dana, Value("2026-10"), Value("2026-11")));

    [Fact]
    public void Due_before_the_due_day_the_month_just_ended_is_named_with_its_date() =>
        Assert.Equal((RowDue.Due, "November due by Dec 5 (@dana)"), Row(3, Dana, Value("2026-10")));

    [Fact]
    public void Overdue_names_the_month_and_the_date_it_was_due() =>
        Assert.Equal((RowDue.Overdue, "November overdue since Dec 5 (@dana)"), Row(10, Dana));

    [Fact]
    public void Not_available_names_the_month() =>
        Assert.Equal((RowDue.NotAvailable, "November not available"), Row(10, Dana, Value("2026-10"), Value("2026-11", ValueKind.NotAvailable)));

    [Fact]
    public void With_only_an_older_value_the_row_names_the_month_that_is_due_not_just_missing()
    {
        var standing = Calculator.Compute([Cost(Dana)], [Value("2026-10")], new DateOnly(2026, 12, 10));
        var row = standing.Rows.Single();

        Assert.Equal(new Period(2026, 10), row.Latest!.Period);
        Assert.Equal("November overdue since Dec 5 (@dana)", RowDueWording.NoteWithOwner(row, standing, u => "@" + u.LocalId));
    }

    [Fact]
    public void Without_an_owner_the_note_says_so() =>
        Assert.Equal((RowDue.Overdue, "November overdue since Dec 5 (no owner)"), Row(10, owner: null, Value("2026-10")));

    [Fact]
    public void A_month_more_than_a_year_back_carries_its_year()
    {
        Assert.Equal("November", RowDueWording.Month(new Period(2026, 11), new DateOnly(2026, 12, 10)));
        Assert.Equal("January", RowDueWording.Month(new Period(2026, 1), new DateOnly(2026, 12, 10)));
        Assert.Equal("December 2025", RowDueWording.Month(new Period(2025, 12), new DateOnly(2026, 12, 10)));
    }

    [Fact]
    public void The_due_day_of_the_calendar_is_the_one_named()
    {
        var standing = new StandingCalculator(new ReportingCalendar(12)).Compute([Cost(Dana)], [], new DateOnly(2026, 12, 20));

        Assert.Equal("November overdue since Dec 12", RowDueWording.Note(standing.Rows.Single(), standing));
    }
}
