using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Board;
using ChatCoach.Planner.Readiness;
using ChatCoach.Plugins.Charts;
using ChatCoach.Plugins.Readiness;
using ChatCoach.Plugins.Scoreboard;

namespace ChatCoach.Planner.LanguageModel;

/// <summary>
/// The bot's own words for a turn's function results (<see cref="ReplyComposer"/>): the whole
/// answer when the model's text cannot be sent, and the receipts of writes under a model answer.
/// </summary>
public static class ResultRendering
{
    /// <summary>Every result, rendered once each, in the order the functions returned them.</summary>
    public static IReadOnlyList<ReplyPart> All(IEnumerable<PluginResult> results) =>
        results.Distinct().SelectMany(r => Render(r).Parts).ToList();

    /// <summary>The survey's results have their own composer; everything else is the scoreboard's.</summary>
    public static Reply Render(PluginResult result) => IsReadiness(result) ? ReadinessReplies.Compose(result) : ReplyComposer.Compose(result);

    /// <summary>
    /// What the model's functions changed or were refused, and the pictures they drew: these are stated by the bot under any
    /// model answer, so a model can neither claim a write that was refused nor hide one that happened.
    /// </summary>
    public static IReadOnlyList<ReplyPart> Receipts(IEnumerable<PluginResult> results) =>
        All(results.Where(IsReceipt));

    public static bool IsReceipt(PluginResult result) => result is ValueRecorded or OwnerChanged or TargetChanged or Refusal
        or ChartResult or PanelResult
        or (BoardResult and not (BoardChanges or IndicatorExplained or QuarterlyReviewShown)) || IsReadiness(result);

    /// <summary>An interview's next question or read-back is always the bot's own rendering, whatever the model wrote.</summary>
    public static bool IsReadiness(PluginResult result) =>
        result is SurveyStarted or SurveyAlreadyOpen or NoOpenSurvey or InterviewStepTaken or InterviewCrossed or InterviewMovedToDirect or NoInterviewHere or SurveyResults;
}
