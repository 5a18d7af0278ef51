using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests;

/// <summary>The workshop mode: the team answers as one in the channel, each answer kept with who gave it.</summary>
public sealed class TogetherModeTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _dana = ReadinessWorld.Person("dana");
    private readonly Domain.People.UserRef _lee = ReadinessWorld.Person("lee");

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Two_people_answer_for_the_team_in_the_channel_and_either_may_go_back_or_skip()
    {
        var start = await _world.InChannelAsync(_dana, "start the readiness survey together");
        var byDana = await _world.InChannelAsync(_dana, "4");
        var byLee = await _world.InChannelAsync(_lee, "5");
        var back = await _world.InChannelAsync(_lee, "back");
        var corrected = await _world.InChannelAsync(_dana, "3");
        var skipped = await _world.InChannelAsync(_lee, "skip");

        Assert.Contains("together: the team answers as one, right here. 15 questions", start);
        Assert.Contains("Question 1 of 15 · Organizational capacity", start);
        Assert.Contains("Question 2 of 15", byDana);
        Assert.Contains("Question 3 of 15", byLee);
        Assert.Contains("Question 2 of 15", back);
        Assert.Contains("Question 3 of 15", corrected);
        Assert.Contains("Question 4 of 15", skipped);
        var survey = (await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!;
        var answers = await _world.Store.AnswersAsync(survey.Id, default);
        Assert.All(answers, a => Assert.Equal(Survey.TeamRespondent, a.Respondent));
        Assert.Equal([(_dana, 4), (_lee, 5), (_dana, 3), (_lee, (int?)null)], answers.Select(a => (a.AnsweredBy, a.Score)));
        Assert.Empty(_world.Outbox.Messages);
    }

    [Fact]
    public async Task The_team_result_names_who_answered_and_shows_no_role_breakdown()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey together");
        var last = "";
        for (var i = 0; i < _world.Bank.ScaleQuestions.Count; i++)
        {
            last = await _world.InChannelAsync(i % 2 == 0 ? _dana : _lee, i < 7 ? "2" : "5");
        }
        last = await _world.InChannelAsync(_lee, "Implementation");

        var closed = await _world.InChannelAsync(_dana, "close the survey");

        Assert.Contains("Here is the team's result", last);
        Assert.Contains("Answered together as one team.", closed);
        Assert.Contains("Took part: @UDANA, @ULEE", closed);
        Assert.DoesNotContain("individual contributors", closed);
        Assert.Contains("Position:", closed);
    }

    [Fact]
    public async Task A_DM_is_not_where_a_together_survey_is_answered()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey together");

        var inDm = await _world.DirectAsync(_lee, "take the readiness survey");
        var digit = await _world.DirectAsync(_lee, "4");

        Assert.Contains("being answered together in the channel it was started in", inDm);
        Assert.DoesNotContain("Question", digit);
    }
}
