using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

/// <summary>
/// The window between a month's end and its due day (decision 0009): the reporting period stays the
/// month before, and a row whose newer closed month is already in counts as reported.
/// </summary>
public sealed class MonthTurnTests
{
    private static readonly UserRef Dana = UserRef.Local("dana");
    private static readonly StandingCalculator Calculator = new(new ReportingCalendar(5));

    private static Indicator Cost() => DefaultScoreboard.Indicators.Single(i => i.Key == "cost-per-qualified-opp") with { Owner = Dana };

    private static RecordedValue Value(string period, decimal value = 412, ValueKind kind = ValueKind.Value) =>
        new("cost-per-qualified-opp", Period.Parse(period), 1, kind, kind == ValueKind.Value ? value : null, Dana,
            new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "console");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Before_the_due_day_a_value_for_the_month_just_closed_settles_the_row(int day)
    {
        var standing = Calculator.Compute([Cost()], [Value("2026-11")], new DateOnly(2026, 12, day));
        var row = standing.Rows.Single();

        Assert.Equal(new Period(2026, 10), standing.ReportingPeriod);
        Assert.False(row.MissingForCurrentPeriod);
        Assert.Equal(new Period(2026, 11), row.CurrentPeriodEntry!.Period);
        Assert.Equal(1, standing.ReportedCount);
        Assert.Empty(standing.Missing);
        Assert.Equal(new Period(2026, 11), standing.AheadPeriod);
        Assert.Equal(" (1 already with November 2026)", MonthTurnWording.AheadNote(standing));
    }

    [Fact]
    public void Before_the_due_day_a_row_with_neither_month_is_missing_for_the_month_before()
    {
        var standing = Calculator.Compute([Cost()], [Value("2026-09")], new DateOnly(2026, 12, 2));

        Assert.Equal(new Period(2026, 10), standing.ReportingPeriod);
        Assert.True(standing.Rows.Single().MissingForCurrentPeriod);
        Assert.Null(standing.AheadPeriod);
        Assert.Equal("", MonthTurnWording.AheadNote(standing));
    }

    [Fact]
    public void On_the_due_day_the_period_moves_on_and_the_same_value_is_simply_the_periods_own()
    {
        var standing = Calculator.Compute([Cost()], [Value("2026-11")], new DateOnly(2026, 12, 5));

        Assert.Equal(new Period(2026, 11), standing.ReportingPeriod);
        Assert.False(standing.Rows.Single().MissingForCurrentPeriod);
        Assert.Empty(standing.ReportedAhead);
    }

    [Fact]
    public void When_both_months_are_in_the_newer_one_settles_the_row()
    {
        var row = Calculator.Compute([Cost()], [Value("2026-10", 455), Value("2026-11", 412)], new DateOnly(2026, 12, 3)).Rows.Single();

        Assert.Equal(new Period(2026, 11), row.CurrentPeriodEntry!.Period);
        Assert.Equal(412, row.Latest!.Value);
        Assert.Equal(455, row.Previous!.Value);
    }

    [Fact]
    public void Not_available_for_the_month_just_closed_also_settles_the_row()
    {
        var standing = Calculator.Compute([Cost()], [Value("2026-11", kind: ValueKind.NotAvailable)], new DateOnly(2026, 12, 3));

        Assert.Empty(standing.Missing);
        Assert.True(standing.Rows.Single().NotAvailableForCurrentPeriod);
    }

    [Fact]
    public void A_value_for_the_month_still_open_never_settles_the_row()
    {
        var standing = Calculator.Compute([Cost()], [Value("2026-12")], new DateOnly(2026, 12, 3));

        Assert.True(standing.Rows.Single().MissingForCurrentPeriod);
        Assert.Null(standing.AheadPeriod);
    }

    [Theory]
    [InlineData("2027-01-01", "2026-11", "2026-12")]
    [InlineData("2027-01-04", "2026-11", "2026-12")]
    [InlineData("2027-02-03", "2026-12", "2027-01")]
    public void The_window_crosses_the_year_end(string today, string reporting, string ahead)
    {
        var standing = Calculator.Compute([Cost()], [Value(ahead)], DateOnly.Parse(today));

        Assert.Equal(Period.Parse(reporting), standing.ReportingPeriod);
        Assert.Empty(standing.Missing);
        Assert.Equal(Period.Parse(ahead), standing.AheadPeriod);
    }

    [Fact]
    public void With_the_due_day_on_the_first_there_is_no_window()
    {
        var standing = new StandingCalculator(new ReportingCalendar(1)).Compute([Cost()], [Value("2026-11")], new DateOnly(2026, 12, 1));

        Assert.Equal(new Period(2026, 11), standing.ReportingPeriod);
        Assert.Empty(standing.ReportedAhead);
    }

    [Fact]
    public void With_the_due_day_on_the_28th_the_window_lasts_until_the_27th()
    {
        var calculator = new StandingCalculator(new ReportingCalendar(28));

        var inside = calculator.Compute([Cost()], [Value("2027-01")], new DateOnly(2027, 2, 27));
        var onDueDay = calculator.Compute([Cost()], [Value("2027-01")], new DateOnly(2027, 2, 28));

        Assert.Equal(new Period(2026, 12), inside.ReportingPeriod);
        Assert.Empty(inside.Missing);
        Assert.Equal(new Period(2027, 1), onDueDay.ReportingPeriod);
    }
}
