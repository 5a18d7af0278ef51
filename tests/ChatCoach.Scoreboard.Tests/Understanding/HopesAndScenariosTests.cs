using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// What-ifs said without "what if": a wish, an ideal, a best or worst case, a scenario, a pretence.
/// None of them says a number happened, so none is written, nor even offered for a yes.
/// </summary>
public sealed class HopesAndScenariosTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("I wish win rate was 40%")]
    [InlineData("if only proof was 6")]
    [InlineData("ideally time to proof is 9 days")]
    [InlineData("best case win rate lands at 45%")]
    [InlineData("worst case cost per opp is $900")]
    [InlineData("scenario: win rate at 40%")]
    [InlineData("let's pretend time to proof was 9 days")]
    public void A_hope_or_a_scenario_is_neither_written_nor_offered(string said)
    {
        var reading = new Reader(IntentClassifier.Shared).Read(said, Today);

        Assert.Equal(Mood.Hypothetical, reading.Mood);
        Assert.False(reading.WritesNow);
        Assert.NotEqual(Decision.Confirm, reading.Decision);
    }
}
