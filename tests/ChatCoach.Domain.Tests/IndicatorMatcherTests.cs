using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

public class IndicatorMatcherTests
{
    private static readonly IReadOnlyList<Indicator> Board = DefaultScoreboard.Indicators;

    [Theory]
    [InlineData("cost per opp", "cost-per-qualified-opp")]
    [InlineData("Cost per qualified opportunity", "cost-per-qualified-opp")]
    [InlineData("cost-per-qualified-opp", "cost-per-qualified-opp")]
    [InlineData("COST PER OPPS", "cost-per-qualified-opp")]
    [InlineData("win rate", "win-rate-non-price")]
    [InlineData("Win Rate!", "win-rate-non-price")]
    [InlineData("proof engine", "proof-shipped")]
    [InlineData("proof shipped", "proof-shipped")]
    [InlineData("traceable spend", "spend-traceable")]
    [InlineData("time to proof", "result-to-proof-days")]
    [InlineData("signal to offer", "signal-to-offer-days")]
    public void Finds_the_indicator_from_loose_names(string phrase, string key) =>
        Assert.Equal(key, IndicatorMatcher.Match(phrase, Board).Indicator?.Key);

    [Theory]
    [InlineData("headcount")]
    [InlineData("")]
    [InlineData("the")]
    public void Finds_nothing_for_names_it_does_not_know(string phrase) =>
        Assert.Null(IndicatorMatcher.Match(phrase, Board).Indicator);

    [Fact]
    public void Refuses_to_guess_between_two_close_matches()
    {
        var match = IndicatorMatcher.Match("time", Board);

        Assert.Null(match.Indicator);
        Assert.True(match.Candidates.Count >= 2);
    }
}
