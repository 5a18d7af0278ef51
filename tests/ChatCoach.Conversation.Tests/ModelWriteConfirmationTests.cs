using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

/// <summary>The model planner follows the embedded reader's rule for writes (issue 29).</summary>
public sealed class ModelWriteConfirmationTests : PlannerTest
{
    [Fact]
    public async Task A_write_the_model_proposes_for_a_what_if_is_not_done()
    {
        Model.CallsTools(("scoreboard-record_value", """{"indicator":"win rate","value":"40%","period":"2026-10"}"""))
            .Answers("Recorded 40% for win rate.");

        var reply = await World.SayAsync(PlannerWorld.Admin, "what if we had landed forty percent on win rate in October");

        Assert.DoesNotContain("Recorded", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(31m, (await World.HistoryAsync("win-rate-non-price"))[0].Value);
    }

    [Fact]
    public async Task A_write_the_model_proposes_with_a_loose_indicator_is_asked_about_and_a_yes_records_it()
    {
        Model.CallsTools(("scoreboard-record_value", """{"indicator":"the cost per opp number","value":"450","period":"2026-09"}"""))
            .Answers("Recorded.");

        var asked = await World.SayAsync(PlannerWorld.Admin, "cost per opp thing for september, put 450");

        Assert.Equal("Record $450 for Cost per qualified opportunity for September 2026?", asked.Parts.OfType<Choices>().Single().Prompt);
        Assert.DoesNotContain(await World.HistoryAsync("cost-per-qualified-opp"), v => v.Value == 450m);

        var done = await World.SayAsync(PlannerWorld.Admin, "yes");

        Assert.Contains("Recorded $450 for Cost per qualified opportunity for September 2026", done.PlainText, StringComparison.Ordinal);
        Assert.Contains(await World.HistoryAsync("cost-per-qualified-opp"), v => v.Value == 450m);
    }

    [Fact]
    public async Task A_message_the_model_answers_in_between_drops_the_write_asked_about_so_a_later_yes_records_nothing()
    {
        Model.CallsTools(("scoreboard-record_value", """{"indicator":"the cost per opp number","value":"450","period":"2026-09"}"""))
            .Answers("Recorded.");
        await World.SayAsync(PlannerWorld.Admin, "cost per opp thing for september, put 450");
        Model.Answers("Shall I draw the panel for you?");
        await World.SayAsync(PlannerWorld.Admin, "how are we looking overall, in a sentence");
        Model.Answers("Here it is.");

        var reply = await World.SayAsync(PlannerWorld.Admin, "yes");

        Assert.DoesNotContain("Recorded $450", reply.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(await World.HistoryAsync("cost-per-qualified-opp"), v => v.Value == 450m);
    }

    [Fact]
    public async Task A_board_change_the_model_proposes_for_a_what_if_is_not_done()
    {
        Model.CallsTools(("board-retire_indicator", """{"indicator":"win rate"}"""))
            .Answers("Retired win rate.");

        var reply = await World.SayAsync(PlannerWorld.Admin, "what if we took win rate off the board altogether");

        Assert.DoesNotContain("Retired", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains(await World.Store.IndicatorsAsync(PlannerWorld.Workspace, CancellationToken.None), i => i.Key == "win-rate-non-price");
    }

    [Fact]
    public async Task A_board_change_the_model_proposes_for_a_hedge_is_asked_about_first()
    {
        Model.CallsTools(("board-retire_indicator", """{"indicator":"win rate"}"""))
            .Answers("Retired win rate.");

        var asked = await World.SayAsync(PlannerWorld.Admin, "maybe we should retire win rate, I think");

        Assert.Contains("win rate", asked.Parts.OfType<Choices>().Single().Prompt, StringComparison.Ordinal);
        Assert.Contains(await World.Store.IndicatorsAsync(PlannerWorld.Workspace, CancellationToken.None), i => i.Key == "win-rate-non-price");
    }
}
