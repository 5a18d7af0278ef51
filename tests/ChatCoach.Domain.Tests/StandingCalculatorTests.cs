using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

public class StandingCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly UserRef Dana = UserRef.Local("dana");
    private readonly StandingCalculator _calculator = new(new ReportingCalendar(5));

    private static Indicator Cost(decimal? target = null) =>
        DefaultScoreboard.Indicators.Single(i => i.Key == "cost-per-qualified-opp") with { Target = target, Owner = Dana };

    private static RecordedValue Value(string period, decimal value, int revision = 1, ValueKind kind = ValueKind.Value) =>
        new("cost-per-qualified-opp", Period.Parse(period), revision, kind, kind == ValueKind.Value ? value : null, Dana,
            new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "console");

    [Fact]
    public void An_indicator_without_values_is_missing_for_the_current_period_with_its_owner()
    {
        var row = _calculator.Compute([Cost()], [], Today).Rows.Single();

        Assert.True(row.MissingForCurrentPeriod);
        Assert.Null(row.Latest);
        Assert.Equal(Dana, row.Indicator.Owner);
        Assert.Equal(Trend.None, row.Trend);
    }

    [Fact]
    public void Shows_latest_and_previous_values_and_the_change_read_with_direction()
    {
        var standing = _calculator.Compute([Cost()], [Value("2026-09", 455), Value("2026-10", 412)], Today);
        var row = standing.Rows.Single();

        Assert.Equal(Period.Parse("2026-10"), standing.ReportingPeriod);
        Assert.Equal(412, row.Latest!.Value);
        Assert.Equal(455, row.Previous!.Value);
        Assert.Equal(-43, row.Change);
        Assert.Equal(Trend.Improving, row.Trend); // lower is better for cost
        Assert.False(row.MissingForCurrentPeriod);
    }

    [Fact]
    public void A_gap_month_compares_with_the_last_recorded_value()
    {
        var row = _calculator.Compute([Cost()], [Value("2026-07", 500), Value("2026-10", 412)], Today).Rows.Single();

        Assert.Equal(Period.Parse("2026-07"), row.Previous!.Period);
    }

    [Theory]
    [InlineData(400, TargetStatus.OffTrack)]
    [InlineData(412, TargetStatus.OnTrack)]
    [InlineData(450, TargetStatus.OnTrack)]
    public void Status_against_target_respects_which_direction_is_better(double target, TargetStatus expected)
    {
        var row = _calculator.Compute([Cost((decimal)target)], [Value("2026-10", 412)], Today).Rows.Single();

        Assert.Equal(expected, row.Status);
    }

    [Fact]
    public void Only_the_latest_revision_of_a_period_counts()
    {
        // The store hands over the latest revision per period; the calculator must not mix revisions.
        var row = _calculator.Compute([Cost()], [Value("2026-10", 400, revision: 2)], Today).Rows.Single();

        Assert.Equal(400, row.Latest!.Value);
        Assert.Equal(2, row.Latest.Revision);
    }

    [Fact]
    public void Before_the_due_day_last_month_is_not_yet_missing()
    {
        var early = new DateOnly(2026, 11, 3);
        var standing = _calculator.Compute([Cost()], [Value("2026-09", 455)], early);

        Assert.Equal(Period.Parse("2026-09"), standing.ReportingPeriod);
        Assert.False(standing.Rows.Single().MissingForCurrentPeriod);
    }

    [Fact]
    public void A_not_available_note_fills_the_period_but_is_not_a_value()
    {
        var row = _calculator.Compute([Cost()], [Value("2026-09", 455), Value("2026-10", 0, kind: ValueKind.NotAvailable)], Today).Rows.Single();

        Assert.False(row.MissingForCurrentPeriod);
        Assert.True(row.NotAvailableForCurrentPeriod);
        Assert.Equal(455, row.Latest!.Value);
    }

    [Fact]
    public void Values_for_future_months_are_ignored()
    {
        var row = _calculator.Compute([Cost()], [Value("2027-01", 1)], Today).Rows.Single();

        Assert.Null(row.Latest);
    }
}
