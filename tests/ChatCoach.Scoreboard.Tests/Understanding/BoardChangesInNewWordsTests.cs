using ChatCoach.Scoreboard.Intents;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// A change to the board, or deleting the workspace's data, said in words no strict phrase was written
/// for: the model's reading is acted on when the change's own verb and slots are in the message —
/// always as a question first — and a doubt, a what-if or a "don't" about a change never becomes one.
/// </summary>
public sealed class BoardChangesInNewWordsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Reading Read(string said) => new Reader(IntentClassifier.Shared).Read(said, Today);

    [Theory]
    [InlineData("<@U07BOT123> add an indicator called Partner Sourced Revenue measured in dollars", "add_indicator", "name", "Partner Sourced Revenue")]
    [InlineData("hey coach, rename win rate to competitive win rate please", "rename_indicator", "newName", "competitive win rate")]
    [InlineData("we should stop tracking time to offer change", "retire_indicator", "indicator", "Time from customer signal to offer change")]
    [InlineData("could we change the name of proof shipped to customer stories", "rename_indicator", "newName", "customer stories")]
    public void A_change_in_new_words_is_asked_about_with_its_slots(string said, string function, string slot, string value)
    {
        var reading = Read(said);

        Assert.Equal(Decision.Confirm, reading.Decision);
        var change = Assert.IsType<BoardIntent>(Assert.IsType<Unsure>(reading.Intent).Inner);
        Assert.Equal(function, change.Function);
        Assert.Equal(value, change.Arguments[slot]);
    }

    [Theory]
    [InlineData("don't retire win rate")]
    [InlineData("should we retire proof?")]
    [InlineData("what if we renamed win rate to competitive win rate")]
    [InlineData("remove the target on win rate?")]
    public void A_doubt_about_a_change_is_neither_done_nor_offered_as_a_change(string said)
    {
        var reading = Read(said);

        Assert.False(reading.WritesNow);
        Assert.False(reading.Intent is Unsure { Inner: BoardIntent }, $"offered a change for \"{said}\": {reading.Intent}");
    }

    [Theory]
    [InlineData("get rid of everything you've stored about our team")]
    public void Deleting_the_data_in_new_words_asks_for_the_confirming_phrase(string said)
    {
        var reading = Read(said);

        Assert.Equal(new DeleteWorkspaceData(null), reading.Intent);
        Assert.False(reading.WritesNow);
    }
}
