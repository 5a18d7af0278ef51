namespace ChatCoach.Readiness.Tests;

/// <summary>Every question the survey asks takes a natural answer, and a digit always means an answer, never navigation.</summary>
public sealed class NaturalAnswerTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _dana = ReadinessWorld.Person("dana");

    public void Dispose() => _world.Dispose();

    /// <summary>The survey started in the channel and taken in Dana's DM: its first question is the reply.</summary>
    private async Task<string> TakeAsync()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");
        return await _world.DirectAsync(_dana, "take the readiness survey");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Yep!")]
    [InlineData("sure")]
    [InlineData("👍")]
    [InlineData("ok, let's go")]
    public async Task A_yes_to_the_announcement_takes_the_survey(string yes)
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");

        var reply = await _world.InChannelAsync(_dana, yes);

        Assert.Contains("I've sent you the first question in a direct message", reply);
        Assert.Single(_world.Outbox.Messages);
    }

    [Fact]
    public async Task Not_now_to_the_announcement_says_how_to_take_it_later_and_starts_nothing()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey");

        var reply = await _world.InChannelAsync(_dana, "not now");

        Assert.Contains("Say “take the readiness survey” whenever you're ready", reply);
        Assert.Empty(_world.Outbox.Messages);
        Assert.DoesNotContain("You can ask me", reply);
    }

    [Fact]
    public async Task Navigation_is_shown_by_its_word_and_never_numbered()
    {
        var question = await TakeAsync();

        Assert.Contains("[1] I lead the team or a function  [2] I'm an individual contributor  [back] Back  [skip] Skip  [pause] Pause", question);
        Assert.DoesNotContain("[3]", question);
    }

    [Fact]
    public async Task Five_on_a_two_choice_question_is_out_of_range_not_pause()
    {
        await TakeAsync();

        var five = await _world.DirectAsync(_dana, "5");
        var next = await _world.DirectAsync(_dana, "1");

        Assert.Contains("Pick a number from 1 to 2", five);
        Assert.DoesNotContain("Paused", five);
        Assert.Contains("Question 2 of 16", next);
    }

    [Fact]
    public async Task Five_on_the_scale_is_the_top_of_the_scale()
    {
        await TakeAsync();
        await _world.DirectAsync(_dana, "1");

        var next = await _world.DirectAsync(_dana, "5");

        Assert.Contains("Question 3 of 16", next);
        var answers = await _world.Store.AnswersAsync((await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default))!.Id, default);
        Assert.Equal(2, answers.Count);
        Assert.Contains(answers, a => a.Score == 5 && a.RawText is null);
    }

    [Theory]
    [InlineData("yep 👍")]
    [InlineData("that's right")]
    [InlineData("1")]
    public async Task A_read_back_takes_a_natural_yes(string yes)
    {
        await TakeAsync();
        await _world.DirectAsync(_dana, "1");
        var readBack = await _world.DirectAsync(_dana, "mostly");

        var next = await _world.DirectAsync(_dana, yes);

        Assert.Contains("I read “mostly” as 4", readBack);
        Assert.Contains("Question 3 of 16", next);
    }

    [Fact]
    public async Task Cancel_in_an_interview_pauses_it()
    {
        await TakeAsync();

        var reply = await _world.DirectAsync(_dana, "cancel");

        Assert.Contains("Paused at question 1 of 16", reply);
    }
}
