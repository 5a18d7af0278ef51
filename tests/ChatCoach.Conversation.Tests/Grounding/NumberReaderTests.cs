using ChatCoach.Conversation.LanguageModel.Grounding;

namespace ChatCoach.Conversation.Tests.Grounding;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("Win rate is 31%.", "31%", 31)]
    [InlineData("Cost per opp is $1,250 now", "$1,250", 1250)]
    [InlineData("about 1.2k per opportunity", "1.2k", 1200)]
    [InlineData("a share of 0.31", "0.31", 0.31)]
    [InlineData("took 14 days", "14", 14)]
    [InlineData("shipped in Q4", "4", 4)]
    [InlineData("on the 3rd", "3", 3)]
    [InlineData("$2 million", "$2 million", 2000000)]
    public void Reads_numbers_written_with_digits(string text, string written, decimal value)
    {
        var number = Assert.Single(NumberReader.Read(text));

        Assert.Equal((written, value), (number.Text, number.Value));
    }

    [Theory]
    [InlineData("win rate was thirty-one percent", 31)]
    [InlineData("four hundred and twelve dollars", 412)]
    [InlineData("twelve thousand", 12000)]
    [InlineData("two of the indicators", 2)]
    public void Reads_numbers_spelled_out(string text, decimal value) =>
        Assert.Equal(value, Assert.Single(NumberReader.Read(text)).Value);

    [Theory]
    [InlineData("Which one do you mean?")]
    [InlineData("<@slack:U123> owns it")]
    [InlineData("Nothing to report.")]
    public void Pronouns_mentions_and_plain_words_are_not_numbers(string text) =>
        Assert.Empty(NumberReader.Read(text));

    [Fact]
    public void A_rounded_figure_stands_for_the_value_it_rounds()
    {
        var number = Assert.Single(NumberReader.Read("about 1.2k"));

        Assert.True(number.Stands(1_249m));
        Assert.False(number.Stands(1_300m));
    }
}
