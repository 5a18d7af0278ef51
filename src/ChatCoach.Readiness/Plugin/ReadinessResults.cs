using ChatCoach.Plugins;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Plugin;

/// <param name="Questions">How many questions each participant will be asked.</param>
public sealed record SurveyStarted(Survey Survey, int Questions, InterviewOutcome? FirstQuestion) : PluginResult;

public sealed record SurveyAlreadyOpen(Survey Survey) : PluginResult;

public sealed record NoOpenSurvey(Survey? LastClosed) : PluginResult;

/// <summary>An interview step: the next question, a read-back to confirm, a pause, or the end (with the respondent's own result).</summary>
public sealed record InterviewStepTaken(Survey Survey, InterviewOutcome Outcome, SurveyResult? OwnResult = null) : PluginResult;

/// <summary>Two answers arrived at once; this one was not applied. The current question is repeated.</summary>
public sealed record InterviewCrossed(Survey Survey, InterviewOutcome Current) : PluginResult;

/// <summary>The interview continues in a direct message, which has been sent.</summary>
public sealed record InterviewMovedToDirect(Survey Survey, bool Resumed) : PluginResult;

/// <summary>The speaker has no interview in this place (a together survey answered elsewhere, nothing started).</summary>
public sealed record NoInterviewHere(Survey Survey) : PluginResult;

/// <param name="JustClosed">True when this call closed it; false when it was already closed.</param>
public sealed record SurveyResults(SurveyResult Result, bool JustClosed = false) : PluginResult;
