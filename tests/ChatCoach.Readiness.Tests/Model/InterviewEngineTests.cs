using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests.Model;

public sealed class InterviewEngineTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly string[] Scale = ["Strongly disagree", "Disagree", "Partly", "Agree", "Strongly agree"];

    private static readonly QuestionBank Bank = new(
        new SurveyQuestion("role", QuestionKind.Role, "Role?", ["Leader", "IC"]),
        [.. ReadinessVectors.All.SelectMany(v => Enumerable.Range(1, 3).Select(i => new SurveyQuestion($"{v.Key()}-{i}", QuestionKind.Scale, "?", Scale, v)))],
        new SurveyQuestion("stage", QuestionKind.Stage, "Stage?", ["Exploration", "Experimentation", "Implementation", "Transformation"]));

    private static readonly Survey Individual = new(7, new WorkspaceId("slack:T1"), "slack", "C1", SurveyMode.Individual, false, Dana, At, At.AddDays(7));

    private readonly InterviewEngine _engine = new(Individual, Bank, Dana, At);
    private readonly Interview _start = Interview.Begin(7, Dana.Id, At);

    [Fact]
    public void The_role_answer_sets_the_respondents_role_and_is_stored()
    {
        var step = _engine.Answer(_start, "2");

        Assert.Equal(RespondentRole.IndividualContributor, step.Next.Role);
        Assert.Equal(("role", 2), (step.Answer!.QuestionId, step.Answer.Score!.Value));
        Assert.Equal(new AskQuestion(Bank.ScaleQuestions[0], 2, 14), step.Outcome);
    }

    [Fact]
    public void Own_words_are_read_back_and_stored_only_when_confirmed()
    {
        var atFirst = _start with { Position = 1, Role = RespondentRole.Leader };

        var read = _engine.Answer(atFirst, "mostly");
        var confirmed = _engine.Confirm(read.Next, confirmed: true);
        var rejected = _engine.Confirm(read.Next, confirmed: false);

        Assert.Null(read.Answer);
        Assert.Equal(new ConfirmReading(Bank.ScaleQuestions[0], 4, "mostly"), read.Outcome);
        Assert.Equal((4, "mostly", RespondentRole.Leader), (confirmed.Answer!.Score!.Value, confirmed.Answer.RawText, confirmed.Answer.Role!.Value));
        Assert.Equal(2, confirmed.Next.Position);
        Assert.Null(rejected.Answer);
        Assert.Equal((1, null), (rejected.Next.Position, rejected.Next.Pending));
    }

    [Fact]
    public void Skip_stores_an_empty_answer_and_back_returns_to_the_previous_question()
    {
        var atSecond = _start with { Position = 2 };

        var skipped = _engine.Skip(atSecond);
        var back = _engine.Back(skipped.Next);
        var backAtStart = _engine.Back(_start);

        Assert.Null(skipped.Answer!.Score);
        Assert.Equal(3, skipped.Next.Position);
        Assert.Equal(2, back.Next.Position);
        Assert.Null(back.Answer);
        Assert.Equal(0, backAtStart.Next.Position);
        Assert.Equal("This is the first question.", ((AskQuestion)backAtStart.Outcome).Note);
    }

    [Fact]
    public void Unreadable_and_out_of_range_answers_ask_again_without_storing()
    {
        var atFirst = _start with { Position = 1 };

        var unreadable = _engine.Answer(atFirst, "banana");
        var tooHigh = _engine.Answer(atFirst, "7");
        var noIdea = _engine.Answer(atFirst, "no idea");

        Assert.All(new[] { unreadable, tooHigh, noIdea }, s => Assert.Null(s.Answer));
        Assert.All(new[] { unreadable, tooHigh, noIdea }, s => Assert.Equal(1, s.Next.Position));
        Assert.Equal("Pick a number from 1 to 5.", ((AskQuestion)tooHigh.Outcome).Note);
        Assert.Contains("skip", ((AskQuestion)noIdea.Outcome).Note);
    }

    [Fact]
    public void The_last_answer_finishes_and_pause_then_resume_returns_to_the_same_question()
    {
        var atLast = _start with { Position = 13 };

        var finished = _engine.Answer(atLast, "Implementation");
        var paused = _engine.Pause(_start with { Position = 5 });
        var resumed = _engine.Resume(paused.Next);

        Assert.IsType<InterviewFinished>(finished.Outcome);
        Assert.Equal(InterviewStatus.Finished, finished.Next.Status);
        Assert.Equal(3, finished.Answer!.Score);
        Assert.Equal(new InterviewPaused(6, 14), paused.Outcome);
        Assert.Equal((InterviewStatus.Active, 5), (resumed.Next.Status, resumed.Next.Position));
        Assert.Equal(6, ((AskQuestion)resumed.Outcome).Number);
    }
}
