using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Conversation.Tests;

public sealed class ModelPlannerTests : PlannerTest
{
    [Fact]
    public async Task Model_calls_get_standing_then_its_answer_with_returned_figures_is_sent_as_written()
    {
        Model.CallsTools(("scoreboard-get_standing", "{}"))
            .Answers("The proof engine shipped **3** pieces of proof in October 2026. Win rate is 31%, up 3 pts from 28%, recorded by <@slack:UDANA>.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "how's the proof engine doing?");

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(reply.Parts));
        Assert.Equal("The proof engine shipped 3 pieces of proof in October 2026. Win rate is 31%, up 3 pts from 28%, recorded by @UDANA.", paragraph.PlainText);
        Assert.Contains(paragraph.Inlines, i => i is Mention { User.Id: "slack:UDANA" });
        Assert.Contains(paragraph.Inlines, i => i is Strong { Text: "3" });
        Assert.Equal(2, Model.Requests.Count);
        var first = Model.Requests[0];
        Assert.Equal(ModelStub.Path, first.Path);
        Assert.Equal("Bearer test-key", first.Authorization);
        Assert.Equal("test-model", first.Body["model"]!.GetValue<string>());
        Assert.Contains(first.Body["tools"]!.AsArray(), t => t!["function"]!["name"]!.GetValue<string>() == "scoreboard-get_standing");
        Assert.Equal(["system", "user", "assistant", "tool"], Model.Requests[1].Messages.Select(m => m!["role"]!.GetValue<string>()));
        var toolMessage = Model.Requests[1].Messages.Last()!;
        Assert.Equal("tool", toolMessage["role"]!.GetValue<string>());
        Assert.Contains("31%", toolMessage["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
    }

    [Fact]
    public async Task A_number_no_function_returned_is_blocked_and_the_deterministic_reply_is_sent_instead()
    {
        Model.CallsTools(("scoreboard-get_standing", "{}"))
            .Answers("Win rate is 45% and cost per opp fell to $380.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "give me the gist of where things are");

        Assert.DoesNotContain("45", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains(reply.Parts, p => p is StandingTable);
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
        var incident = Assert.Single(World.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Grounding guard", StringComparison.Ordinal));
        Assert.Contains("45%", incident.Message, StringComparison.Ordinal);
        Assert.Contains("$380", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_answer_without_any_function_call_cannot_quote_figures()
    {
        Model.Answers("Win rate is 37%.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "tell me the win rate vibe");

        Assert.DoesNotContain("37", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("only give figures the scoreboard holds", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
    }

    [Fact]
    public async Task A_difference_of_two_returned_values_and_their_dates_are_backed()
    {
        Model.CallsTools(("scoreboard-get_history", """{"indicator":"cost per opp"}"""))
            .Answers("Yes: cost per opp went from $455 in July 2026 to $412 in October, $43 cheaper (about 9.45% down), recorded on the 4th.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "did we get cheaper per opportunity since summer?");

        Assert.StartsWith("Yes: cost per opp went from $455", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(0, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
    }

    [Fact]
    public async Task The_fast_path_answers_without_a_single_request_to_the_model()
    {
        var reply = await World.SayAsync(PlannerWorld.Sam, "where do we stand?");

        Assert.Contains(reply.Parts, p => p is StandingTable);
        Assert.Empty(Model.Requests);
        Assert.Equal(0, World.Recorder.Total("chatcoach.llm.prompt_tokens"));
        Assert.Equal(0, World.Recorder.Total("chatcoach.llm.completion_tokens"));
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.turns"));
    }

    [Fact]
    public async Task Prompt_and_completion_tokens_of_every_request_in_a_turn_are_counted_and_logged()
    {
        Model.CallsTools(("scoreboard-get_missing", "{}"))
            .Answers("Everything for October 2026 is still open except three indicators.", promptTokens: 240, completionTokens: 25);

        await World.SayAsync(PlannerWorld.Sam, "anything outstanding from the team?");

        Assert.Equal(100 + 240, World.Recorder.Total("chatcoach.llm.prompt_tokens"));
        Assert.Equal(10 + 25, World.Recorder.Total("chatcoach.llm.completion_tokens"));
        Assert.Contains(World.Logs.Lines, l => l.Level == LogLevel.Information && l.Message.Contains("340 prompt + 35 completion tokens over 2 requests", StringComparison.Ordinal));
    }
}
