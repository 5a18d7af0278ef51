using ChatCoach.Domain.Conversation;

namespace ChatCoach.Readiness.Tests;

/// <summary>The interview's buttons carry typed steps for the question they were offered with.</summary>
public sealed class ButtonTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _dana = ReadinessWorld.Person("dana");

    public void Dispose() => _world.Dispose();

    /// <summary>Started, taken in Dana's DM, the role answered: the reply is the first scale question.</summary>
    private async Task<Reply> FirstScaleQuestionAsync()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");
        await _world.DirectAsync(_dana, "take the readiness survey");
        return await _world.DirectReplyAsync(_dana, "1");
    }

    private static Choice Scale(Reply question, int score) => Choice.Answers(question.Parts.OfType<Choices>().Single())[score - 1];

    /// <summary>The answers to scale questions (the role question's answer left out).</summary>
    private async Task<IReadOnlyList<ChatCoach.Readiness.Model.ReadinessAnswer>> AnswersAsync() =>
        [.. (await _world.Store.AnswersAsync((await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!.Id, default)).Where(a => a.QuestionId != "role")];

    [Fact]
    public async Task A_button_pressed_on_an_earlier_question_does_not_answer_the_question_the_interview_moved_on_to()
    {
        var second = await FirstScaleQuestionAsync();
        await _world.DirectAsync(_dana, "2"); // answered by typing; question 3 is asked

        var reply = ReadinessWorld.Render(await _world.PressAsync(_dana, Scale(second, 5)));

        Assert.Contains("That was an answer to a question the interview has already moved past", reply);
        Assert.Contains("Question 3 of 16", reply);
        Assert.Equal([2], (await AnswersAsync()).Where(a => a.Score is not null).Select(a => a.Score!.Value));
    }

    [Fact]
    public async Task The_current_questions_buttons_answer_skip_and_pause_it()
    {
        var second = await FirstScaleQuestionAsync();

        var third = await _world.PressAsync(_dana, Scale(second, 4));
        var fourth = await _world.PressAsync(_dana, ReadinessWorld.ChoiceIn(third, "Skip"));
        var paused = ReadinessWorld.Render(await _world.PressAsync(_dana, ReadinessWorld.ChoiceIn(fourth, "Pause")));

        Assert.Contains("Question 3 of 16", ReadinessWorld.Render(third));
        Assert.Contains("Question 4 of 16", ReadinessWorld.Render(fourth));
        Assert.Contains("Paused at question 4 of 16", paused);
        Assert.Equal([4], (await AnswersAsync()).Where(a => a.Score is not null).Select(a => a.Score!.Value));
    }

    [Fact]
    public async Task Yes_to_a_read_back_stores_the_reading_once_and_a_second_press_stores_nothing()
    {
        await FirstScaleQuestionAsync();
        var readBack = await _world.DirectReplyAsync(_dana, "honestly we are pretty much there");
        var yes = ReadinessWorld.ChoiceIn(readBack, "Yes, store it");

        await _world.PressAsync(_dana, yes);
        var again = ReadinessWorld.Render(await _world.PressAsync(_dana, yes));

        Assert.Contains("already moved past", again);
        Assert.Single(await AnswersAsync(), a => a.Score is not null);
    }

    [Fact]
    public async Task A_forged_step_with_a_score_off_the_scale_or_no_survey_is_refused_without_a_write()
    {
        await FirstScaleQuestionAsync();
        var turn = new TurnContext(ReadinessWorld.Workspace, _dana, "slack", "D" + _dana.LocalId, IsDirect: true);

        var offScale = await _world.Coach.ActAsync(turn, new ChatAction("readiness", "answer", new Dictionary<string, string> { ["survey"] = "1", ["question"] = "x", ["score"] = "-3" }), default);
        var unknown = await _world.Coach.ActAsync(turn, new ChatAction("readiness", "erase", new Dictionary<string, string>()), default);

        Assert.Contains("That button no longer does anything", ReadinessWorld.Render(offScale));
        Assert.Contains("That button no longer does anything", ReadinessWorld.Render(unknown));
        Assert.DoesNotContain(await AnswersAsync(), a => a.Score is not null);
    }
}
