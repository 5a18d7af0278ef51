using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

public sealed class FailureTests : PlannerTest
{
    protected override void Configure(LlmOptions options)
    {
        options.AlwaysUseModel = true;
        options.MaxRounds = 3;
        options.TimeoutSeconds = 20;
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task A_service_error_falls_back_to_the_embedded_planner_at_once_with_a_note(int status)
    {
        Model.Fails(status);

        var reply = await World.SayAsync(PlannerWorld.Sam, "where do we stand");

        Assert.Contains(reply.Parts, p => p is StandingTable);
        Assert.Contains("language model is unavailable", reply.PlainText, StringComparison.Ordinal);
        Assert.Single(Model.Requests); // no hidden retries
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.fallbacks"));
    }

    [Fact]
    public async Task A_tool_call_with_arguments_that_are_not_json_falls_back()
    {
        Model.CallsTools(("scoreboard-get_history", "{\"indicator\": \"win rate\""));

        var reply = await World.SayAsync(PlannerWorld.Sam, "history of win rate");

        Assert.Contains(reply.Parts, p => p is HistoryTable);
        Assert.Contains("answer was unusable", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.fallbacks"));
    }

    [Fact]
    public async Task A_tool_call_to_a_function_that_does_not_exist_falls_back()
    {
        Model.CallsTools(("scoreboard-delete_everything", "{}"));

        var reply = await World.SayAsync(PlannerWorld.Sam, "how's the proof engine doing?");

        Assert.Contains("answer was unusable", reply.PlainText, StringComparison.Ordinal);
        // The embedded planner reads that question itself, so the fallback is a real answer from recorded values.
        Assert.Contains("Referenceable proof shipped per quarter: 3 for October 2026, recorded by @UDANA", reply.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_that_already_happened_is_not_repeated_by_the_fallback()
    {
        Model.CallsTools(("scoreboard-record_value", """{"indicator":"proof","value":"4","period":"2026-10"}"""))
            .Fails(500);

        var reply = await World.SayAsync(PlannerWorld.Dana, "record 4 for proof for October 2026");

        Assert.Equal(2, (await World.HistoryAsync("proof-shipped")).Count); // the seeded 3, and one 4
        Assert.StartsWith("Recorded 4 for Referenceable proof", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("language model is unavailable", reply.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_still_calling_functions_after_the_round_limit_is_cut_off_and_its_results_rendered()
    {
        Model.CallsTools(("scoreboard-get_owners", "{}"))
            .CallsTools(("scoreboard-get_owners", "{}"))
            .CallsTools(("scoreboard-get_owners", "{}"));

        var reply = await World.SayAsync(PlannerWorld.Sam, "who is on the hook for things");

        Assert.Equal(3, Model.Requests.Count);
        // The last request offers no tools to call, so a well-behaved model has to answer.
        Assert.Equal("\"none\"", Model.Requests[2].ToolChoice);
        Assert.Contains(reply.Parts, p => p is OwnerTable);
        Assert.Contains("answer was unusable", reply.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_is_abandoned_at_the_configured_limit()
    {
        Model.Hangs();
        var arrived = Model.RequestArrived.Task;

        var turn = World.SayAsync(PlannerWorld.Sam, "where do we stand");
        await arrived.WaitAsync(TimeSpan.FromSeconds(10));
        World.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(turn.IsCompleted);
        World.Clock.Advance(TimeSpan.FromSeconds(1));
        var reply = await turn;

        Assert.Contains(reply.Parts, p => p is StandingTable);
        Assert.Contains("took too long", reply.PlainText, StringComparison.Ordinal);
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.fallbacks"));
    }
}
