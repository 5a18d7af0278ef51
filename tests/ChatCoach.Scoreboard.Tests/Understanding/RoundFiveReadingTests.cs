using ChatCoach.Scoreboard.Intents;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// Round five of the ear (issue 29): misreadings found by cross-validation and by phrasings written by hand,
/// each pinned to the reading rule that caused it — not to a held-out row.
/// </summary>
public sealed class RoundFiveReadingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Reading Read(string said) => new Reader(IntentClassifier.Shared).Read(said, Today);

    [Theory]
    [InlineData("erase all of the records you hold on us")]
    [InlineData("delete all the information you have about us")]
    [InlineData("please wipe every record you keep for our team")]
    public void Asking_to_erase_what_is_held_on_the_team_is_a_deletion_request_which_asks_for_the_phrase(string said)
    {
        var reading = Read(said);

        Assert.Equal(new DeleteWorkspaceData(null), reading.Intent);
        Assert.False(reading.WritesNow);
    }

    [Theory]
    [InlineData("in a world where time to proof is 9 days")]
    [InlineData("picture us with win rate at 45%")]
    [InlineData("if win rate were 40% we'd be fine")]
    public void A_what_if_without_the_words_what_if_is_a_what_if_and_never_writes(string said)
    {
        var reading = Read(said);

        Assert.Equal(Mood.Hypothetical, reading.Mood);
        Assert.False(reading.WritesNow);
        Assert.NotEqual(Decision.Confirm, reading.Decision);
    }

    [Theory]
    [InlineData("record 38% for win rate if you can")]
    [InlineData("log 5 for proof if that's right")]
    public void A_polite_if_is_not_a_what_if(string said)
    {
        Assert.NotEqual(Mood.Hypothetical, MoodReader.Read(said, said));
    }

    [Theory]
    [InlineData("who is responsible for each one")]
    [InlineData("who's on the hook for each of them")]
    public void A_who_question_whose_subject_names_no_indicator_is_not_read_as_one_rows_owner(string said)
    {
        var intent = Read(said).Intent;

        Assert.False(intent is ShowOwners { Indicator: not null }, $"\"{said}\" was read as {intent}");
    }

    [Theory]
    [InlineData("who is late with their metrics")]
    [InlineData("who do I need to ping for their numbers")]
    public void A_who_question_about_the_numbers_asks_about_people_not_for_the_whole_board(string said)
    {
        Assert.IsNotType<ShowStanding>(Read(said).Intent);
    }

    [Theory]
    [InlineData("when you get a chance log 5 for proof")]
    [InlineData("sorry to bother you, record 38% for win rate")]
    public void A_polite_lead_in_does_not_turn_a_recording_into_a_question(string said)
    {
        var reading = Read(said);

        Assert.IsType<RecordValue>(reading.Intent is Unsure unsure ? unsure.Inner : reading.Intent);
        Assert.NotEqual(Mood.Question, reading.Mood);
    }

    [Fact]
    public void A_possessive_indicator_name_is_still_the_indicator()
    {
        Assert.Equal(new ShowOwners("result-to-proof-days"), Read("who is time to proof's owner").Intent);
    }

    [Theory]
    [InlineData("win rate was nevr 40%")]
    [InlineData("proof was neevr 6")]
    public void A_misspelt_never_is_still_a_negation(string said)
    {
        var reading = Read(said);

        Assert.Equal(Mood.Negation, reading.Mood);
        Assert.NotEqual(Decision.Confirm, reading.Decision);
        Assert.False(reading.WritesNow);
    }
}
