using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

public sealed class ChartsWithModelTests : PlannerTest
{
    [Fact]
    public async Task The_model_can_ask_for_a_chart_reads_its_values_not_its_bytes_and_the_picture_goes_under_its_answer()
    {
        Model.CallsTools(("charts-get_chart", """{"indicator":"cost per opp","months":6}"""))
            .Answers("Here is cost per opp: down to $412 in October 2026.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "draw me how cost per opp moved lately");

        Assert.StartsWith("Here is cost per opp: down to $412 in October 2026.", reply.PlainText, StringComparison.Ordinal);
        var picture = Assert.Single(reply.Parts.OfType<Picture>());
        Assert.Contains("May 2026 to Oct 2026", picture.AltText, StringComparison.Ordinal);
        Assert.Contains(Model.Requests[0].Body["tools"]!.AsArray(), t => t!["function"]!["name"]!.GetValue<string>() == "charts-get_chart");
        var tool = Model.Requests[1].Messages.Last()!["content"]!.ToJsonString();
        Assert.Contains("chart shown to the person", tool, StringComparison.Ordinal);
        Assert.Contains("$412", tool, StringComparison.Ordinal);
        Assert.DoesNotContain("iVBOR", tool, StringComparison.Ordinal);
        Assert.Equal(0, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
    }
}
