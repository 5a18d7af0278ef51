using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>How people ask for pictures, read without a model.</summary>
public class ChartPhraseTests
{
    private static Intent Read(string text) => IntentReader.Read(text, new DateOnly(2026, 11, 23));

    [Theory]
    [InlineData("chart of cost per opp", "cost per opp", null, null)]
    [InlineData("Show me a chart of cost per opp", "cost per opp", null, null)]
    [InlineData("trend of win rate", "win rate", null, null)]
    [InlineData("graph win rate", "win rate", null, null)]
    [InlineData("show win rate over the last year", "win rate", 12, null)]
    [InlineData("chart of win rate for the last 6 months", "win rate", 6, null)]
    [InlineData("chart of proof last six months", "proof", 6, null)]
    [InlineData("show cost per opp over the past 2 years", "cost per opp", 24, null)]
    [InlineData("chart of cost per opp since January", "cost per opp", null, "january")]
    [InlineData("show win rate since 2026-03", "win rate", null, "2026-03")]
    public void Reads_chart_requests_with_their_window(string text, string indicator, int? months, string? since) =>
        Assert.Equal(new ShowChart(indicator, months, since), Read(text));

    [Theory]
    [InlineData("instrument panel")]
    [InlineData("show me the panel")]
    [InlineData("show the scoreboard as a picture")]
    public void Reads_the_instrument_panel(string text) => Assert.IsType<ShowPanel>(Read(text));

    [Theory]
    [InlineData("history of win rate")]
    [InlineData("win rate history")]
    public void History_still_means_the_table(string text) => Assert.IsType<ShowHistory>(Read(text));

    [Fact]
    public void A_window_it_cannot_read_is_not_taken_for_a_chart() => Assert.IsNotType<ShowChart>(Read("show win rate over the summer"));
}
