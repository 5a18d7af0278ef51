using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Plugin;

namespace ChatCoach.Conversation.Tests.Grounding;

public sealed class GroundingGuardTests
{
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly Indicator WinRate = DefaultScoreboard.Indicators[2] with { Target = 35m, Owner = Dana };
    private static readonly Indicator CostPerOpp = DefaultScoreboard.Indicators[1];
    private static readonly Indicator ResultToProof = DefaultScoreboard.Indicators[4];

    private static readonly PluginResult[] Results =
    [
        new HistoryResult(WinRate, [Value(WinRate, 2026, 10, 31m, 11, 3), Value(WinRate, 2026, 9, 28m, 10, 2)]),
        new HistoryResult(CostPerOpp, [Value(CostPerOpp, 2026, 10, 1_250m, 11, 4), Value(CostPerOpp, 2026, 7, 1_400m, 8, 5)]),
        new HistoryResult(ResultToProof, [Value(ResultToProof, 2026, 10, 14m, 11, 6)]),
    ];

    [Theory]
    [InlineData("Win rate is 31% for October 2026.")]
    [InlineData("As a fraction that is 0.31.")]
    [InlineData("Up 3 pts from 28%, still 4 points under the 35% target.")]
    [InlineData("Cost per opp is $1,250, or about $1.2k — $150 cheaper than in July, down roughly 10.71%.")]
    [InlineData("Time to proof is 14 days, i.e. 2 weeks.")]
    [InlineData("Dana recorded it on 2026-11-03, the 3rd.")]
    [InlineData("Win rate was thirty-one percent.")]
    [InlineData("Nothing new to report.")]
    public void Figures_the_results_back_pass(string reply) =>
        Assert.True(GroundingGuard.Check(reply, Results).Grounded, string.Join(", ", GroundingGuard.Check(reply, Results).Unbacked));

    [Theory]
    [InlineData("Win rate is 33%.", "33%")]
    [InlineData("Cost per opp is $1,100.", "$1,100")]
    [InlineData("We expect 40% next quarter.", "40%")]
    [InlineData("Win rate was thirty-three percent.", "thirty three")]
    [InlineData("Recorded in 2025.", "2025")]
    public void Figures_nothing_returned_are_reported(string reply, string unbacked) =>
        Assert.Equal([unbacked], GroundingGuard.Check(reply, Results).Unbacked);

    [Fact]
    public void Numbers_from_the_persons_message_are_not_backed_by_a_refusal()
    {
        var refused = new Refusal("Only the owner of Win rate or an admin can record its value.", WinRate);

        Assert.False(GroundingGuard.Check("I recorded 31% for win rate.", [refused]).Grounded);
    }

    private static RecordedValue Value(Indicator indicator, int year, int month, decimal value, int recordedMonth, int recordedDay) =>
        new(indicator.Key, new Period(year, month), 1, ValueKind.Value, value, Dana, new DateTimeOffset(2026, recordedMonth, recordedDay, 9, 0, 0, TimeSpan.Zero), "slack");
}
