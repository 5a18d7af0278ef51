using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

/// <summary>Typos in indicator names are matched by edit distance, and never settle a tie between two indicators.</summary>
public class IndicatorTypoTests
{
    private static IndicatorMatch Match(string phrase) => IndicatorMatcher.Match(phrase, DefaultScoreboard.Indicators);

    [Theory]
    [InlineData("win rtae", "win-rate-non-price")]
    [InlineData("wni rate", "win-rate-non-price")]
    [InlineData("proof shiped", "proof-shipped")]
    [InlineData("cost per oppp", "cost-per-qualified-opp")]
    [InlineData("cost per qualifed opportunity", "cost-per-qualified-opp")]
    [InlineData("traceable spnd", "spend-traceable")]
    [InlineData("signal to offfer", "signal-to-offer-days")]
    public void A_slip_in_a_word_still_finds_the_one_indicator(string phrase, string key) => Assert.Equal(key, Match(phrase).Indicator?.Key);

    [Fact]
    public void A_phrase_that_fits_two_indicators_equally_is_not_guessed()
    {
        var match = Match("time to");

        Assert.Null(match.Indicator);
        Assert.Equal(["result-to-proof-days", "signal-to-offer-days"], match.Candidates.Select(c => c.Key).Order());
    }

    [Theory]
    [InlineData("alpha3", "alpha2")]
    [InlineData("win", "wit")]
    public void Short_words_and_words_with_digits_must_be_exact(string typed, string name)
    {
        var board = new[] { new Indicator("x", name, Unit.Count, BetterWhen.Higher, "") };

        Assert.Null(IndicatorMatcher.Match(typed, board).Indicator);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("rate", "rtae", 1)]
    [InlineData("proof", "proof", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("abcdef", "badcfe", 3)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, IndicatorMatcher.EditDistance(a, b));

    [Fact]
    public void Edit_distance_of_words_longer_than_the_stack_buffer_is_still_exact()
    {
        var word = new string('a', 200);

        Assert.Equal(2, IndicatorMatcher.EditDistance(word, "ab" + word[2..^1] + "ba"));
    }

    [Fact]
    public void The_one_pass_check_agrees_with_the_edit_distance_on_every_pair_of_short_words()
    {
        // Every word of up to four letters over a three-letter alphabet against every other: all the shapes of one edit and of more.
        var words = new List<string> { "" };
        for (var length = 1; length <= 4; length++)
        {
            words.AddRange(words.Where(w => w.Length == length - 1).SelectMany(w => "abc".Select(c => w + c)).ToList());
        }
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                Assert.True(IndicatorMatcher.AtMostOneEdit(a, b) == IndicatorMatcher.EditDistance(a, b) <= 1, $"'{a}' and '{b}'");
            }
        }
    }
}
