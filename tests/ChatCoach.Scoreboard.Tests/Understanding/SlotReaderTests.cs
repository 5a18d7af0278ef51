using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>The indicator slot of a message the classifier labelled, read on the default board.</summary>
public sealed class SlotReaderTests
{
    [Theory]
    [InlineData("I'll look after time to proof from now on", "result-to-proof-days")]
    [InlineData("who runs referenceable proof these days", "proof-shipped")]
    [InlineData("proof shipped and time to offer change", null)]
    public void A_name_inside_a_longer_name_does_not_make_a_second_row(string cleaned, string? row) =>
        Assert.Equal(row, SlotReader.Indicator(cleaned, DefaultScoreboard.Indicators));
}
