using ChatCoach.Domain.People;

namespace ChatCoach.Readiness.Model;

/// <summary>Individually in DMs (each person's own answers), or together in the channel (the team answers as one).</summary>
public enum SurveyMode
{
    Individual,
    Together,
}

/// <summary>
/// One run of the readiness interview in a workspace. At most one is open per workspace at a time.
/// </summary>
/// <param name="Channel">"console", "slack" or "teams": where it was started.</param>
/// <param name="ConversationId">The conversation it was started in: results are posted there.</param>
/// <param name="Anonymous">Results never name anyone when set.</param>
public sealed record Survey(
    long Id,
    WorkspaceId Workspace,
    string Channel,
    string ConversationId,
    SurveyMode Mode,
    bool Anonymous,
    UserRef StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? ClosedAt = null,
    UserRef? ClosedBy = null,
    DateTimeOffset? RemindedAt = null)
{
    public bool IsOpen => ClosedAt is null;

    /// <summary>In the together mode one interview serves the whole channel, under this respondent id.</summary>
    public const string TeamRespondent = "team";
}

/// <summary>One stored answer. <see cref="Score"/> is null when the question was skipped.</summary>
/// <param name="Respondent">A user ref, or <see cref="Survey.TeamRespondent"/> in the together mode.</param>
/// <param name="AnsweredBy">Who gave the answer (differs from the respondent in the together mode).</param>
/// <param name="RawText">What the person typed, when the score was read from their own words.</param>
public sealed record ReadinessAnswer(
    long SurveyId,
    string Respondent,
    RespondentRole? Role,
    string QuestionId,
    int? Score,
    string? RawText,
    UserRef AnsweredBy,
    DateTimeOffset AnsweredAt);

public enum InterviewStatus
{
    Active,
    Paused,
    Finished,
}

/// <summary>A score read from free text, waiting for the person to confirm it before it is stored.</summary>
public sealed record PendingAnswer(string QuestionId, int Score, string RawText);

/// <summary>
/// Where one respondent is in the interview. <see cref="Version"/> changes with every step, so two
/// answers sent at once from two places cannot both move it (the second is told it crossed).
/// </summary>
public sealed record Interview(
    long SurveyId,
    string Respondent,
    int Position,
    InterviewStatus Status,
    RespondentRole? Role,
    PendingAnswer? Pending,
    int Version,
    DateTimeOffset UpdatedAt)
{
    public static Interview Begin(long surveyId, string respondent, DateTimeOffset now) =>
        new(surveyId, respondent, 0, InterviewStatus.Active, null, null, 0, now);
}
