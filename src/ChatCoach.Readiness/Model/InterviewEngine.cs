using ChatCoach.Domain.People;

namespace ChatCoach.Readiness.Model;

/// <summary>What the interview says next after a step.</summary>
public abstract record InterviewOutcome;

/// <param name="Note">Why the question is asked (again): "Skipped.", "I couldn't read that…".</param>
/// <param name="Unread">True when the question is asked again because the answer could not be read.</param>
public sealed record AskQuestion(SurveyQuestion Question, int Number, int Total, string? Note = null, bool Unread = false) : InterviewOutcome;

/// <summary>A score read from the person's words, read back before it is stored.</summary>
public sealed record ConfirmReading(SurveyQuestion Question, int Score, string RawText) : InterviewOutcome;

public sealed record InterviewFinished : InterviewOutcome;

public sealed record InterviewPaused(int Number, int Total) : InterviewOutcome;

/// <summary>The new state, the answer to store with it (if any), and what to say.</summary>
public sealed record InterviewStep(Interview Next, ReadinessAnswer? Answer, InterviewOutcome Outcome);

/// <summary>
/// The interview's rules, with no I/O: which question comes next, when an answer is stored, when a
/// reading needs confirming, going back, skipping, pausing and resuming. The plugin stores what a
/// step returns, guarded by the interview's version.
/// </summary>
public sealed class InterviewEngine(Survey survey, QuestionBank bank, UserRef speaker, DateTimeOffset now)
{
    private readonly IReadOnlyList<SurveyQuestion> _script = bank.Script(survey.Mode);

    public int Total => _script.Count;

    public InterviewStep Current(Interview interview, string? note = null) => new(interview, null, Ask(interview.Position, note));

    public InterviewStep Answer(Interview interview, string text)
    {
        if (interview.Position >= _script.Count)
        {
            return new(interview, null, new InterviewFinished());
        }
        var question = _script[interview.Position];
        if (question.Kind == QuestionKind.Role && RoleFrom(text, question) is { } role)
        {
            return Store(interview with { Role = role }, question, role == RespondentRole.Leader ? 1 : 2, null);
        }
        return FreeTextAnswer.Read(text, question.Options) switch
        {
            ExactPick pick => Store(interview, question, pick.Score, null),
            Interpreted reading => new(Touch(interview with { Pending = new PendingAnswer(question.Id, reading.Score, text.Trim()) }), null,
                new ConfirmReading(question, reading.Score, text.Trim())),
            OutOfRange range => Current(interview, $"Pick a number from 1 to {range.Points}."),
            CannotAnswer => Current(interview, "No problem — if you can't say, answer \"skip\" and I'll move on."),
            _ => new(interview, null, Ask(interview.Position, "I couldn't read that as one of the answers. Pick one of them, or say \"skip\".") with { Unread = true }),
        };
    }

    /// <summary>
    /// A score someone else read from the person's words (a language model): always read back to the
    /// person before it is stored, like the bot's own readings.
    /// </summary>
    public InterviewStep Interpret(Interview interview, int score, string text)
    {
        if (interview.Position >= _script.Count)
        {
            return new(interview, null, new InterviewFinished());
        }
        var question = _script[interview.Position];
        return score < 1 || score > question.Options.Count
            ? Current(interview, $"Pick a number from 1 to {question.Options.Count}.")
            : new(Touch(interview with { Pending = new PendingAnswer(question.Id, score, text.Trim()) }), null, new ConfirmReading(question, score, text.Trim()));
    }

    /// <summary>"Yes" to a read-back stores it; "no" asks the question again.</summary>
    public InterviewStep Confirm(Interview interview, bool confirmed)
    {
        if (interview.Pending is not { } pending || interview.Position >= _script.Count || _script[interview.Position].Id != pending.QuestionId)
        {
            return Current(interview with { Pending = null });
        }
        return confirmed
            ? Store(interview, _script[interview.Position], pending.Score, pending.RawText)
            : Current(Touch(interview with { Pending = null }), "Then pick the answer that fits best.");
    }

    /// <summary>A skip is stored too (with no score), so the record shows the question was seen.</summary>
    public InterviewStep Skip(Interview interview)
    {
        if (interview.Position >= _script.Count)
        {
            return new(interview, null, new InterviewFinished());
        }
        var question = _script[interview.Position];
        var skipped = new ReadinessAnswer(survey.Id, interview.Respondent, interview.Role, question.Id, null, null, speaker, now);
        var next = Advance(interview);
        return new(next, skipped, next.Status == InterviewStatus.Finished ? new InterviewFinished() : Ask(next.Position, "Skipped."));
    }

    public InterviewStep Back(Interview interview)
    {
        var previous = Touch(interview with { Position = Math.Max(0, interview.Position - 1), Pending = null, Status = InterviewStatus.Active });
        return Current(previous, interview.Position == 0 ? "This is the first question." : "Back one question; your new answer replaces the old one.");
    }

    public InterviewStep Pause(Interview interview) =>
        new(Touch(interview with { Status = InterviewStatus.Paused, Pending = null }), null, new InterviewPaused(interview.Position + 1, Total));

    public InterviewStep Resume(Interview interview) =>
        interview.Status == InterviewStatus.Finished ? new(interview, null, new InterviewFinished())
        : Current(Touch(interview with { Status = InterviewStatus.Active }), interview.Position > 0 ? "Welcome back — here is where you left off." : null);

    private static RespondentRole? RoleFrom(string text, SurveyQuestion question) =>
        FreeTextAnswer.Read(text, question.Options) is ExactPick pick
            ? (pick.Score == 1 ? RespondentRole.Leader : RespondentRole.IndividualContributor)
            : FreeTextAnswer.ReadRole(text);

    private InterviewStep Store(Interview interview, SurveyQuestion question, int score, string? rawText)
    {
        var answer = new ReadinessAnswer(survey.Id, interview.Respondent, interview.Role, question.Id, score, rawText, speaker, now);
        var next = Advance(interview);
        return new(next, answer, next.Status == InterviewStatus.Finished ? new InterviewFinished() : Ask(next.Position, null));
    }

    private Interview Advance(Interview interview)
    {
        var position = interview.Position + 1;
        return Touch(interview with
        {
            Position = Math.Min(position, _script.Count),
            Pending = null,
            Status = position >= _script.Count ? InterviewStatus.Finished : InterviewStatus.Active,
        });
    }

    private Interview Touch(Interview interview) => interview with { UpdatedAt = now };

    private AskQuestion Ask(int position, string? note) => new(_script[Math.Min(position, _script.Count - 1)], Math.Min(position, _script.Count - 1) + 1, _script.Count, note);
}
