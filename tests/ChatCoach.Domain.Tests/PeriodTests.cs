using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

public class PeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("2026-10", true)]
    [InlineData("2026-13", false)]
    [InlineData("26-10", false)]
    [InlineData("2026/10", false)]
    [InlineData(null, false)]
    public void Parses_only_year_dash_month(string? text, bool ok) => Assert.Equal(ok, Period.TryParse(text, out _));

    [Fact]
    public void Steps_across_year_ends()
    {
        Assert.Equal(Period.Parse("2025-12"), Period.Parse("2026-01").Previous);
        Assert.Equal(Period.Parse("2027-01"), Period.Parse("2026-12").Next);
    }

    [Theory]
    [InlineData("record 455 for cost per opp for November 2026", "2026-11")]
    [InlineData("October win rate was 31%", "2026-10")]
    [InlineData("for dec", "2025-12")]
    [InlineData("last month", "2026-10")]
    [InlineData("this month", "2026-11")]
    [InlineData("put 3 in 2026-07", "2026-07")]
    [InlineData("Sept. 2025", "2025-09")]
    public void Finds_the_month_people_name(string text, string expected) =>
        Assert.Equal(Period.Parse(expected), PeriodPhrases.Find(text, Today)?.Period);

    [Theory]
    [InlineData("where do we stand")]
    [InlineData("marketing spend")]
    public void Finds_no_month_where_none_is_named(string text) => Assert.Null(PeriodPhrases.Find(text, Today));
}
