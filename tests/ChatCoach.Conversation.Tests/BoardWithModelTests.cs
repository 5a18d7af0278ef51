using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

/// <summary>The model manages the board through the same kernel functions, over real HTTP to the stub model.</summary>
public sealed class BoardWithModelTests : PlannerTest
{
    private const string AddCall = """{"name":"Pipeline per program dollar","unit":"currency","betterWhen":"higher","laggingMetric":"Pipeline"}""";

    [Fact]
    public async Task An_admin_asking_in_free_words_gets_an_indicator_added_by_tool_call()
    {
        Model.CallsTools(("board-add_indicator", AddCall)).Answers("I've added it to the board.");

        var reply = await World.SayAsync(PlannerWorld.Admin, "we want to start tracking how much pipeline each program dollar brings in");

        var added = (await World.Store.IndicatorsAsync(PlannerWorld.Workspace, CancellationToken.None)).Single(i => i.Key == "pipeline-per-program-dollar");
        Assert.Equal((Unit.Currency, BetterWhen.Higher, "Pipeline"), (added.Unit, added.BetterWhen, added.LaggingMetric));
        var paragraphs = reply.Parts.OfType<Paragraph>().ToList();
        Assert.Equal("I've added it to the board.", paragraphs[0].PlainText);
        Assert.StartsWith("Added Pipeline per program dollar (currency, higher is better)", paragraphs[1].PlainText, StringComparison.Ordinal);
        Assert.Contains(Model.Requests[0].Body["tools"]!.AsArray(), t => t?["function"]?["name"]?.GetValue<string>() == "board-add_indicator");
    }

    [Fact]
    public async Task A_non_admin_asking_the_model_to_add_an_indicator_is_refused_whatever_the_model_says()
    {
        Model.CallsTools(("board-add_indicator", AddCall)).Answers("Done, the indicator is on the board.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "we should track pipeline per program dollar too, can you set that up");

        Assert.Equal(6, (await World.Store.IndicatorsAsync(PlannerWorld.Workspace, CancellationToken.None)).Count);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(reply.Parts));
        Assert.Equal(Tone.Refusal, paragraph.Tone);
        Assert.Equal("Only an admin can change which indicators are on the scoreboard.", paragraph.PlainText);
    }
}
