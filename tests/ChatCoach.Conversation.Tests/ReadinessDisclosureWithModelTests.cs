using ChatCoach.Readiness.Model;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

/// <summary>
/// What the model is shown of an anonymous survey is what anyone may see (ReadinessDisclosure): it
/// reads no person's scores, and a figure it makes up is not backed, so it never reaches the channel.
/// </summary>
public sealed class ReadinessDisclosureWithModelTests : PlannerTest
{
    [Fact]
    public async Task After_one_person_finished_an_open_anonymous_survey_the_model_reads_no_scores_and_cannot_state_them()
    {
        await OneFinishedAnonymousSurveyAsync(score: 5);
        Model.CallsTools(("readiness-get_results", "{}"))
            .Answers("So far the team sits at 100% on organizational capacity.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "how does the team feel about AI so far?");

        Assert.Equal(2, Model.Requests.Count);
        var shown = Model.Requests[1].AllMessageText;
        Assert.Contains("only once it closes", shown);
        Assert.DoesNotContain("100%", shown);
        Assert.DoesNotContain("100%", reply.PlainText);
        Assert.Contains("only once it closes", reply.PlainText);
    }

    private async Task OneFinishedAnonymousSurveyAsync(int score)
    {
        var at = World.Clock.GetUtcNow();
        var survey = (await World.Readiness.TryOpenAsync(new Survey(0, PlannerWorld.Workspace, "slack", "C1", SurveyMode.Individual, true, PlannerWorld.Admin, at, at.AddDays(7)), default))!;
        await TestSupport.ReadinessSamples.FinishInterviewAsync(World.Readiness, survey, PlannerWorld.Dana, RespondentRole.Leader, score, at);
    }
}
