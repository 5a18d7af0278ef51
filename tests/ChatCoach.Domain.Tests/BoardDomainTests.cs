using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

public sealed class BoardDomainTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("Q3 2026", 2026, 3)]
    [InlineData("2026-Q2", 2026, 2)]
    [InlineData("how did q3 go", 2026, 3)]
    [InlineData("review for Q4", 2026, 4)]
    public void A_quarter_is_read_as_people_name_it_and_a_bare_one_is_the_latest_begun(string text, int year, int number)
    {
        Assert.Equal(new Quarter(year, number), Quarter.Find(text, Today)?.Quarter);
    }

    [Fact]
    public void A_quarter_can_be_reported_only_once_its_last_month_has_ended()
    {
        Assert.True(new Quarter(2026, 3).HasEnded(Today));
        Assert.False(new Quarter(2026, 4).HasEnded(Today));
        Assert.Equal(new Quarter(2026, 3), Quarter.LastEnded(Today));
        Assert.Equal([new Period(2026, 7), new Period(2026, 8), new Period(2026, 9)], new Quarter(2026, 3).Months);
    }

    [Fact]
    public void Keys_are_slugs_of_the_first_name_numbered_when_taken()
    {
        Assert.Equal("pipeline-per-program-dollar", IndicatorKeys.Slug("  Pipeline per program-dollar! "));
        Assert.Equal("win-rate-2", IndicatorKeys.UniqueSlug("Win rate", ["win-rate"]));
    }

    [Fact]
    public void The_csv_round_trips_notes_with_commas_quotes_and_line_breaks()
    {
        var dana = new UserRef("slack:UDANA");
        var at = new DateTimeOffset(2026, 11, 3, 9, 30, 0, 123, TimeSpan.Zero);
        var indicators = DefaultScoreboard.Indicators;
        var csv = ScoreboardCsv.Write(new WorkspaceId("slack:T1"), indicators,
            [new RecordedValue("cost-per-qualified-opp", new Period(2026, 10), 1, ValueKind.Value, 412.5m, dana, at, "slack", "CRM, \"final\"\nsecond line")]);

        var (rows, problems) = ScoreboardCsv.Read(csv);

        Assert.Empty(problems);
        var row = Assert.Single(rows);
        Assert.Equal((412.5m, at, "CRM, \"final\"\nsecond line", 2), (row.Value, row.RecordedAt, row.Note, row.Line));
    }

    [Fact]
    public void A_lagging_metric_named_by_several_rows_is_one_metric_protected_by_each()
    {
        var metrics = LaggingMetrics.Of(DefaultScoreboard.Indicators);

        var winRate = Assert.Single(metrics, m => m.Key == "win-rate");
        Assert.Equal(["proof-shipped"], winRate.ProtectedBy.Select(i => i.Key));
        Assert.Equal("pipeline", LaggingMetrics.Find("Pipeline", metrics)?.Key);
        Assert.Equal("program-roi", LaggingMetrics.Find("program roi", metrics)?.Key);
    }
}
