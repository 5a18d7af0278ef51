using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>The embedded planner's phrase coverage: the words in the product brief and their everyday variants.</summary>
public class IntentReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Intent Read(string text) => IntentReader.Read(text, Today);

    [Fact]
    public void A_message_read_again_the_same_day_is_not_read_afresh()
    {
        var first = Read("where do we stand");

        Assert.Same(first, Read("where do we stand"));
    }

    [Fact]
    public void The_same_words_on_another_day_are_read_for_that_day()
    {
        const string text = "record 412 for cost per qualified opportunity for last month";

        var november = Assert.IsType<RecordValue>(IntentReader.Read(text, new DateOnly(2026, 11, 23)));
        var december = Assert.IsType<RecordValue>(IntentReader.Read(text, new DateOnly(2026, 12, 10)));

        Assert.Equal(Period.Parse("2026-10"), november.Period);
        Assert.Equal(Period.Parse("2026-11"), december.Period);
    }

    [Theory]
    [InlineData("where do we stand")]
    [InlineData("Where do we stand?")]
    [InlineData("  WHERE DO WE STAND  ")]
    [InlineData("how are we doing")]
    [InlineData("How're we doing?")]
    [InlineData("scoreboard")]
    [InlineData("show me the scoreboard")]
    public void Reads_standing_questions(string text) => Assert.IsType<ShowStanding>(Read(text));

    [Theory]
    [InlineData("what's missing")]
    [InlineData("What’s missing?")]
    [InlineData("what is missing")]
    [InlineData("whats missing")]
    [InlineData("who hasn't reported")]
    public void Reads_missing_questions(string text) => Assert.IsType<ShowMissing>(Read(text));

    [Theory]
    [InlineData("who owns win rate", "win rate")]
    [InlineData("Who owns cost per opp?", "cost per opp")]
    [InlineData("who is responsible for proof", "proof")]
    public void Reads_who_owns_an_indicator(string text, string indicator) =>
        Assert.Equal(new ShowOwners(indicator), Read(text));

    [Theory]
    [InlineData("who owns what")]
    [InlineData("owners")]
    [InlineData("show the owners")]
    public void Reads_who_owns_everything(string text) => Assert.Equal(new ShowOwners(null), Read(text));

    [Theory]
    [InlineData("history of cost per qualified opportunity", "cost per qualified opportunity")]
    [InlineData("History for win rate", "win rate")]
    [InlineData("win rate history", "win rate")]
    public void Reads_history_requests(string text, string indicator) => Assert.Equal(new ShowHistory(indicator), Read(text));

    [Theory]
    [InlineData("record 412 for cost per qualified opportunity", "cost per qualified opportunity", "412", null)]
    [InlineData("Record $412 for cost per opp.", "cost per opp", "$412", null)]
    [InlineData("record 455 for cost per opp for November 2026", "cost per opp", "455", "2026-11")]
    [InlineData("log 31% for win rate in October", "win rate", "31%", "2026-10")]
    [InlineData("October win rate was 31%", "win rate", "31%", "2026-10")]
    [InlineData("win rate was 31 % in september", "win rate", "31 %", "2026-09")]
    [InlineData("cost per opp 412", "cost per opp", "412", null)]
    [InlineData("record win rate as 31%", "win rate", "31%", null)]
    [InlineData("record forty-ish for win rate", "win rate", "forty-ish", null)]
    [InlineData("record 14 days for time to proof for last month", "time to proof", "14 days", "2026-10")]
    public void Reads_records_with_value_indicator_and_month(string text, string indicator, string value, string? period) =>
        Assert.Equal(new RecordValue(indicator, value, period is null ? null : Period.Parse(period)), Read(text));

    [Theory]
    [InlineData("make <@slack:UDANA> the owner of win rate", "win rate", "<@slack:UDANA>")]
    [InlineData("Make <@local:dana> owner of Win Rate", "win rate", "<@local:dana>")]
    [InlineData("set the owner of proof to <@teams:29f1>", "proof", "<@teams:29f1>")]
    [InlineData("assign cost per opp to <@slack:ULEE>", "cost per opp", "<@slack:ULEE>")]
    public void Reads_owner_changes_keeping_platform_ids_as_written(string text, string indicator, string owner) =>
        Assert.Equal(new SetOwner(indicator, owner), Read(text));

    [Theory]
    [InlineData("set the target for win rate to 35%", "win rate", "35%")]
    [InlineData("Set target for cost per opp at $400", "cost per opp", "$400")]
    [InlineData("clear the target for win rate", "win rate", "none")]
    public void Reads_target_changes(string text, string indicator, string target) =>
        Assert.Equal(new SetTarget(indicator, target), Read(text));

    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("what can you do?")]
    [InlineData("")]
    public void Reads_help(string text) => Assert.IsType<ShowHelp>(Read(text));

    [Theory]
    [InlineData("what's the weather")]
    [InlineData("tell me a joke")]
    [InlineData("{\"json\": true}")]
    public void Leaves_what_it_cannot_map_as_not_understood(string text) => Assert.IsType<NotUnderstood>(Read(text));
}
