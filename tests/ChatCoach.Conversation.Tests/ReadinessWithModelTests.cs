using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Model;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

/// <summary>With a model configured, words the interview cannot read go to the model, and whatever it reads is read back before it is stored.</summary>
public sealed class ReadinessWithModelTests : PlannerTest
{
    private const string Words = "we're getting there, slowly";

    [Fact]
    public async Task The_model_reads_richer_words_as_a_score_and_the_bot_confirms_before_storing()
    {
        var start = await World.SayAsync(PlannerWorld.Dana, "start the readiness survey together");
        Model.CallsTools(("readiness-answer_question", $$"""{"answer":"{{Words}}","score":3}"""))
            .Answers("That sounds like a 3 to me.");

        var readBack = await World.SayAsync(PlannerWorld.Sam, Words);
        var before = await AnswersAsync();
        var confirmed = await World.SayAsync(PlannerWorld.Sam, "yes");

        Assert.Contains("Question 1 of 15", start.PlainText);
        Assert.Equal(2, Model.Requests.Count); // the tool call, then the answer
        Assert.Contains("That sounds like a 3 to me.", readBack.PlainText);
        Assert.Contains($"I read “{Words}” as 3 — Partly.", readBack.PlainText);
        Assert.Contains(readBack.Parts, p => p is Choices c && c.Options.Any(o => o.Utterance == "yes"));
        Assert.Empty(before);
        Assert.Contains("Question 2 of 15", confirmed.PlainText);
        var answer = Assert.Single(await AnswersAsync());
        Assert.Equal((3, Words, PlannerWorld.Sam), (answer.Score!.Value, answer.RawText, answer.AnsweredBy));
    }

    [Fact]
    public async Task Words_the_bot_can_read_never_reach_the_model()
    {
        await World.SayAsync(PlannerWorld.Dana, "start the readiness survey together");

        var reply = await World.SayAsync(PlannerWorld.Dana, "mostly");

        Assert.Empty(Model.Requests);
        Assert.Contains("I read “mostly” as 4 — Agree.", reply.PlainText);
    }

    private async Task<IReadOnlyList<ReadinessAnswer>> AnswersAsync()
    {
        var survey = (await World.Readiness.OpenSurveyAsync(PlannerWorld.Workspace, CancellationToken.None))!;
        return await World.Readiness.AnswersAsync(survey.Id, CancellationToken.None);
    }
}
