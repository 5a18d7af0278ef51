using ChatCoach.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>The slots of a board change read from words around its verb, without the model.</summary>
public sealed class BoardChangeSlotsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static (string Function, IReadOnlyDictionary<string, string?> Arguments)? Read(string said) =>
        BoardChangeSlots.Read(said, Utterance.Clean(said), Today, DefaultScoreboard.Indicators) is { } change ? (change.Function, change.Arguments) : null;

    [Fact]
    public void A_new_row_keeps_the_case_of_its_name_behind_a_mention()
    {
        var read = Read("<@U07BOT123> let's start tracking Partner Pipeline in dollars, higher is better")!.Value;

        Assert.Equal("add_indicator", read.Function);
        Assert.Equal("Partner Pipeline", read.Arguments["name"]);
        Assert.Equal("dollars", read.Arguments["unit"]);
        Assert.Equal("higher", read.Arguments["betterWhen"]);
    }

    [Fact]
    public void Adding_a_row_that_is_already_on_the_board_is_not_read_as_adding_one() =>
        Assert.Null(Read("add a new metric called cost per qualified opportunity"));

    [Fact]
    public void A_direction_said_after_the_row_changes_that_row() =>
        Assert.Equal(("change_unit_or_direction", "time to proof", "lower"),
            Read("for time to proof lower is better") is { } r ? (r.Function, r.Arguments["indicator"], r.Arguments["betterWhen"]) : default);

    [Theory]
    [InlineData("get rid of the win rate target")]
    [InlineData("drop the values for proof")]
    [InlineData("remove the owner of cost per opp")]
    public void Removing_a_rows_target_owner_or_values_is_never_retiring_the_row(string said) =>
        Assert.NotEqual("retire_indicator", Read(said)?.Function);

    [Fact]
    public void A_retirement_needs_one_row_named() => Assert.Null(Read("sunset the old dashboard"));

    [Theory]
    [InlineData("could we add a KPI called demo days", true)]
    [InlineData("let's stop tracking proof", true)]
    [InlineData("should we retire proof", false)]
    [InlineData("don't stop tracking proof", false)]
    public void A_change_asked_as_a_question_or_with_stop_is_a_request_only_in_a_requests_words(string said, bool request) =>
        Assert.Equal(request, MoodReader.AsksForAChange(MoodReader.Read(said, said), said));
}
