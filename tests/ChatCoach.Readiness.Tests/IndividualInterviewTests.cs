using ChatCoach.Domain.Delivery;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests;

public sealed class IndividualInterviewTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _dana = ReadinessWorld.Person("dana");

    public void Dispose() => _world.Dispose();

    /// <summary>The survey started in the channel, taken in Dana's DM, the role question answered.</summary>
    private async Task BeginAsync(string role = "1")
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");
        await _world.DirectAsync(_dana, "take the readiness survey");
        await _world.DirectAsync(_dana, role);
    }

    [Fact]
    public async Task Starting_in_a_channel_announces_the_survey_with_a_take_action_and_a_deadline()
    {
        var announcement = await _world.InChannelAsync(_dana, "start the readiness survey for 5 days");

        Assert.Contains("Readiness survey started: 16 questions", announcement);
        Assert.Contains("Closes Saturday 28 November, 10:00 UTC", announcement);
        Assert.Contains("[1] Take the survey", announcement);
        var survey = (await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!;
        Assert.Equal((SurveyMode.Individual, false, "C1"), (survey.Mode, survey.Anonymous, survey.ConversationId));
    }

    [Fact]
    public async Task Taking_it_from_the_channel_sends_the_first_question_to_the_persons_DM()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");

        var reply = await _world.InChannelAsync(_dana, "take the readiness survey");

        Assert.Contains("I've sent you the first question in a direct message", reply);
        var sent = Assert.Single(_world.Outbox.Messages);
        Assert.Equal(new ToPerson(_dana), sent.To);
        var question = ReadinessWorld.Render(sent.Reply);
        Assert.Contains("Question 1 of 16", question);
        Assert.Contains("[1] I lead the team or a function  [2] I'm an individual contributor", question);
    }

    [Fact]
    public async Task A_whole_interview_in_the_DM_ends_with_the_persons_own_result()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");

        var end = await _world.TakeWholeSurveyAsync(_dana, RespondentRole.Leader, 4);

        Assert.Contains("That was the last question — thank you. Here is your own result", end);
        Assert.Contains("Organizational capacity  ████████░░ 80%", end);
        Assert.Contains("Position: Transformation", end);
        var answers = await _world.Store.AnswersAsync((await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!.Id, default);
        Assert.Equal(16, answers.Count);
        Assert.All(answers, a => Assert.Equal((_dana.Id, RespondentRole.Leader, _dana), (a.Respondent, a.Role!.Value, a.AnsweredBy)));
        Assert.Equal(2, answers.Single(a => a.QuestionId == "stage").Score);
    }

    [Fact]
    public async Task Free_text_is_read_back_stored_with_its_words_and_back_and_skip_work()
    {
        await BeginAsync("I'm an IC");

        var readBack = await _world.DirectAsync(_dana, "mostly");
        var stored = await _world.DirectAsync(_dana, "yes");
        var skipped = await _world.DirectAsync(_dana, "skip");
        var back = await _world.DirectAsync(_dana, "back");
        var again = await _world.DirectAsync(_dana, "not really");
        var rejected = await _world.DirectAsync(_dana, "no");
        var picked = await _world.DirectAsync(_dana, "1");

        Assert.Contains("I read “mostly” as 4 — Agree.", readBack);
        Assert.Contains("Question 3 of 16", stored);
        Assert.Contains("Skipped.", skipped);
        Assert.Contains("Question 3 of 16", back);
        Assert.Contains("I read “not really” as 2 — Disagree.", again);
        Assert.Contains("Then pick the answer that fits best.", rejected);
        Assert.Contains("Question 4 of 16", picked);
        var answers = await _world.Store.AnswersAsync((await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!.Id, default);
        Assert.Equal([("role", 2, null), ("capacity-data", 4, "mostly"), ("capacity-sponsorship", null, null), ("capacity-sponsorship", 1, null)],
            answers.Select(a => (a.QuestionId, a.Score, a.RawText)));
        Assert.All(answers, a => Assert.Equal(RespondentRole.IndividualContributor, a.Role));
    }

    [Fact]
    public async Task No_idea_offers_a_skip_and_the_scoreboard_still_answers_mid_interview()
    {
        await BeginAsync();

        var noIdea = await _world.DirectAsync(_dana, "no idea");
        var standing = await _world.DirectAsync(_dana, "where do we stand");
        var banana = await _world.DirectAsync(_dana, "banana");

        Assert.Contains("answer \"skip\"", noIdea);
        Assert.Contains("0 of 6 indicators reported", standing);
        Assert.Contains("I couldn't read that as one of the answers", banana);
        Assert.Contains("Question 2 of 16", banana);
    }

    [Fact]
    public async Task An_interview_paused_or_cut_off_by_a_restart_resumes_at_the_same_question()
    {
        await BeginAsync();
        await _world.DirectAsync(_dana, "3");
        var read = await _world.DirectAsync(_dana, "somewhat");

        var restarted = _world.Restarted();
        var confirmed = await restarted.DirectAsync(_dana, "yes");
        var paused = await restarted.DirectAsync(_dana, "pause");
        var ignored = await restarted.DirectAsync(_dana, "4");
        var resumed = await restarted.DirectAsync(_dana, "resume the survey");

        Assert.Contains("as 3 — Partly", read);
        Assert.Contains("Question 4 of 16", confirmed);
        Assert.Contains("Paused at question 4 of 16", paused);
        Assert.DoesNotContain("Question", ignored);
        Assert.Contains("Welcome back", resumed);
        Assert.Contains("Question 4 of 16", resumed);
    }

    [Theory]
    [InlineData("bye")]
    [InlineData("Bye for now!")]
    [InlineData("see you later")]
    [InlineData("stop")]
    [InlineData("later")]
    public async Task Leaving_mid_survey_says_it_is_paused_and_how_to_resume(string leaving)
    {
        await BeginAsync();
        await _world.DirectAsync(_dana, "3");

        var left = await _world.DirectAsync(_dana, leaving);
        var resumed = await _world.DirectAsync(_dana, "resume the survey");

        Assert.Contains("Paused at question 3 of 16", left);
        Assert.Contains("resume the survey", left);
        Assert.DoesNotContain("Bye for now", left);
        Assert.Contains("Question 3 of 16", resumed);
    }

    [Fact]
    public async Task Two_answers_sent_at_once_move_the_interview_once_per_stored_answer()
    {
        await BeginAsync();
        var other = _world.Restarted();

        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? _world : other).DirectAsync(_dana, "5"))));

        var survey = (await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!;
        var interview = (await _world.Store.InterviewAsync(survey.Id, _dana.Id, default))!;
        var answers = (await _world.Store.AnswersAsync(survey.Id, default)).Where(a => a.QuestionId != "role").ToList();
        Assert.Equal(interview.Position - 1, answers.Count);
        Assert.Equal(answers.Count, answers.Select(a => a.QuestionId).Distinct().Count());
        // Each message not applied says so: it crossed with another, or (read against the question it
        // was offered with) it came after the interview had moved past that question.
        Assert.Equal(6 - answers.Count, replies.Count(r => r.Contains("crossed with another one", StringComparison.Ordinal)
            || r.Contains("already moved past", StringComparison.Ordinal)));
    }
}
