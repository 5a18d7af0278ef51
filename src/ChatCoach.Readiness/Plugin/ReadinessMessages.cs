using ChatCoach.Plugins;
using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Conversation;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Plugin;

/// <summary>
/// What the readiness interview says, as channel-neutral replies: questions with their scale as
/// choices, read-backs, the announcement and the results with a text bar per vector.
/// </summary>
public static class ReadinessMessages
{
    public const string TakeUtterance = "take the readiness survey";
    private const int BarWidth = 10;

    public static Reply Step(InterviewStepTaken step) => step.Outcome switch
    {
        AskQuestion ask => Question(step.Survey, ask),
        ConfirmReading read => Reply.Of(
            Text($"I read “{read.RawText}” as {read.Score} — {read.Question.Options[read.Score - 1]}."),
            new Choices("Shall I store that?", [
                new("Yes, store it", "yes", Action: ReadinessActions.Confirm(step.Survey, read.Question, true)),
                new("No, let me pick", "no", Action: ReadinessActions.Confirm(step.Survey, read.Question, false))])),
        InterviewPaused paused => Reply.Text($"Paused at question {paused.Number} of {paused.Total}. Say “resume the survey” whenever you want to go on.", Tone.Success),
        InterviewFinished when step.OwnResult is { } own => Finished(step.Survey, own),
        _ => Reply.Text("That interview is already finished — thank you.", Tone.Success),
    };

    public static Reply Question(Survey survey, AskQuestion ask)
    {
        var heading = ask.Question.Vector is { } vector ? $"Question {ask.Number} of {ask.Total} · {vector.Name()}" : $"Question {ask.Number} of {ask.Total}";
        var parts = new List<ReplyPart>();
        if (ask.Note is { } note)
        {
            parts.Add(Text(note, Tone.Warning));
        }
        parts.Add(new Paragraph([new Strong(heading)]));
        parts.Add(Text(ask.Question.Text));
        var options = ask.Question.Options.Select((label, i) =>
            new Choice(label, (i + 1).ToString(CultureInfo.InvariantCulture), Action: ReadinessActions.Answer(survey, ask.Question, i + 1)));
        var navigation = new[] { ("Back", "back"), ("Skip", "skip"), ("Pause", "pause") }
            .Select(n => new Choice(n.Item1, n.Item2, Navigation: true, Action: ReadinessActions.Navigate(survey, ask.Question, n.Item2)));
        parts.Add(new Choices("Pick one, or answer in your own words.", [.. options, .. navigation]));
        return new Reply(parts);
    }

    public static Reply Started(SurveyStarted started)
    {
        var survey = started.Survey;
        var deadline = survey.Deadline.ToString("dddd d MMMM, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var privacy = survey.Anonymous ? "Anonymous: results never show names." : "Attributed: results list who took part.";
        if (survey.Mode == SurveyMode.Together && started.FirstQuestion is AskQuestion first)
        {
            return new Reply([
                Text($"Readiness survey started — together: the team answers as one, right here. {started.Questions} questions; anyone may answer, say “back” or “skip”. Closes {deadline} or when someone says “close the survey”.", Tone.Success),
                .. Question(survey, first).Parts]);
        }
        return Reply.Of(
            Text($"Readiness survey started: {started.Questions} questions on the four readiness vectors (about five minutes). Everyone answers on their own, one question at a time, in a private conversation with me. {privacy} Closes {deadline}.", Tone.Success),
            new Choices("Ready?", [new("Take the survey", TakeUtterance, Action: ReadinessActions.Take())]));
    }

    /// <summary>The result as <see cref="ReadinessDisclosure"/> let it through: this renders what is there and adds no figure of its own.</summary>
    public static Reply Results(SurveyResult result)
    {
        var survey = result.Survey;
        var parts = new List<ReplyPart>
        {
            new Paragraph([new Strong(survey.IsOpen ? "Readiness survey — results so far" : "Readiness survey — results")]),
        };
        if (result.Withheld is { } withheld)
        {
            parts.Add(Text(Withheld(withheld, result)));
            parts.Add(Text($"{result.Started} started, {result.Finished} finished{(survey.IsOpen ? " so far" : "")}."));
            return new Reply(parts);
        }
        if (result.Scores.Count == 0 && result.HeldBackVectors.Count == 0)
        {
            parts.Add(Text("Nobody has answered yet, so there are no scores to show."));
            return new Reply(parts);
        }
        parts.AddRange(result.Scores.Select(Bar));
        parts.AddRange(result.HeldBackVectors.Select(v => new Paragraph([new Strong(v.Name()), new TextRun($": fewer than {result.MinGroupSize} people answered, so it is not shown.")])));
        parts.AddRange(Position(result));
        parts.Add(Text(Participation(result)));
        parts.AddRange(Gap(result));
        if (result.StageBeliefs.Count > 0)
        {
            parts.Add(Text("Stage the team believes it is at: " + string.Join(", ", result.StageBeliefs.Select(s => $"{s.Stage} ({s.Count})")) + "."));
        }
        if (result.Participants.Count > 0)
        {
            parts.Add(new Paragraph([new TextRun("Took part: "), .. Mentions(result)]));
        }
        return new Reply(parts);
    }

    private static string Withheld(ResultWithheld withheld, SurveyResult result) => withheld == ResultWithheld.UntilClosed
        ? $"This survey is anonymous, so its scores are shown only once it closes, and only if at least {result.MinGroupSize} people answered: a result that moves as each person finishes would give their answers away."
        : $"This survey is anonymous and {Count(result.Respondents, "person")} answered; scores are shown only when at least {result.MinGroupSize} people did, so there are none to show.";

    private static Reply Finished(Survey survey, SurveyResult own) =>
        new([Text(survey.Mode == SurveyMode.Together
                ? "That was the last question — thank you all. Here is the team's result; say “close the survey” to post it."
                : "That was the last question — thank you. Here is your own result; the team's is posted when the survey closes.", Tone.Success),
            .. own.Scores.Select(Bar), .. Position(own)]);

    private static Paragraph Bar(VectorScore score)
    {
        var filled = (int)Math.Round(score.Percent / 100m * BarWidth, MidpointRounding.AwayFromZero);
        var bar = new string('█', filled) + new string('░', BarWidth - filled);
        var spread = score is { Range: { } range, Respondents: > 1 } ? $" (range {range.Lowest:0}–{range.Highest:0}%, {score.Respondents} people)" : "";
        return new Paragraph([new Strong(score.Vector.Name()), new TextRun($"  {bar} {score.Percent:0}%{spread}")]);
    }

    private static IEnumerable<ReplyPart> Position(SurveyResult result)
    {
        if (result.Position is not { } position)
        {
            yield return Text(result.HeldBackVectors.Count > 0
                ? "Not every vector can be shown, so there is no position to read."
                : "Not every vector has an answer yet, so there is no position to read.", Tone.Warning);
            yield break;
        }
        yield return new Paragraph([new TextRun("Position: "), new Strong(position.Title), new TextRun(" — " + position.Meaning)]);
        yield return new Paragraph([new TextRun("Next move: "), new TextRun(position.Move + " " + position.Horizon)]);
        yield return Text(position.StanceAdvice);
    }

    private static string Participation(SurveyResult result) => result.Survey.Mode == SurveyMode.Together
        ? "Answered together as one team."
        : $"{result.Started} started, {result.Finished} finished ({Count(result.Leaders, "leader")} and {Count(result.IndividualContributors, "individual contributor")} answered).";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : what == "person" ? $"{n} people" : $"{n} {what}s";

    private static IEnumerable<ReplyPart> Gap(SurveyResult result)
    {
        if (result.Survey.Mode == SurveyMode.Together)
        {
            yield break;
        }
        if (result.Gap is not { } gap)
        {
            yield return Text($"Leaders vs individual contributors: not shown until each group has at least {result.MinGroupSize} respondents (and anyone who gave no role is either nobody or as many).");
            yield break;
        }
        var notable = gap.Where(g => Math.Abs(g.Difference) >= PerceptionGap.Notable).ToList();
        yield return Text(notable.Count == 0
            ? "Leaders and individual contributors broadly agree (no vector differs by 15 points or more)."
            : "Where leaders and individual contributors disagree:");
        foreach (var g in notable)
        {
            var who = g.Difference > 0 ? "leaders see more" : "individual contributors see more";
            yield return new Paragraph([new Strong(g.Vector.Name()), new TextRun($": leaders {g.Leaders:0}%, individual contributors {g.IndividualContributors:0}% — {who}.")]);
        }
    }

    private static IEnumerable<Inline> Mentions(SurveyResult result) =>
        result.Participants.SelectMany((p, i) => i == 0 ? new Inline[] { new Mention(p) } : [new TextRun(", "), new Mention(p)]);

    private static Paragraph Text(string text, Tone tone = Tone.Plain) => new([new TextRun(text)], tone);
}
