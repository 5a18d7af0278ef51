using ChatCoach.Domain.People;

namespace ChatCoach.Readiness.Model;

/// <summary>
/// Where surveys, interviews and every answer are kept. The database decides the races: one open
/// survey per workspace (a unique index), one close (a conditional update), one step per interview
/// version (a conditional update in the same transaction as the answer).
/// </summary>
public interface IReadinessStore
{
    /// <summary>Opens the survey; null when one is already open in the workspace (that one wins).</summary>
    Task<Survey?> TryOpenAsync(Survey draft, CancellationToken cancellationToken);

    Task<Survey?> OpenSurveyAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>The open survey, else the one closed most recently.</summary>
    Task<Survey?> LatestSurveyAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Every open survey in every workspace, for the deadline and reminder loop.</summary>
    Task<IReadOnlyList<Survey>> AllOpenAsync(CancellationToken cancellationToken);

    /// <summary>True for the one caller that closed it; false when it was already closed.</summary>
    Task<bool> TryCloseAsync(long surveyId, UserRef? closedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>True for the one caller that marks the reminder as sent.</summary>
    Task<bool> TryMarkRemindedAsync(long surveyId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Interview?> InterviewAsync(long surveyId, string respondent, CancellationToken cancellationToken);

    Task<IReadOnlyList<Interview>> InterviewsAsync(long surveyId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the interview's next state and, with it, the answer the step produced — only if the
    /// stored version is still <paramref name="expectedVersion"/> (-1: the interview must not exist yet).
    /// False when another step got there first; nothing is written then.
    /// </summary>
    Task<bool> TrySaveStepAsync(Interview interview, int expectedVersion, ReadinessAnswer? answer, CancellationToken cancellationToken);

    /// <summary>Every answer of the survey, in the order they were stored.</summary>
    Task<IReadOnlyList<ReadinessAnswer>> AnswersAsync(long surveyId, CancellationToken cancellationToken);
}
