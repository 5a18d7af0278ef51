using ChatCoach.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Model;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Readiness.Plugin;

namespace ChatCoach.Readiness.Conversation;

/// <summary>
/// An interview's step is always the bot's own rendering, whatever a model wrote, so every survey
/// result is a receipt. A model is shown exactly the sentence a person would read: the survey's
/// disclosure rules (who may see which result) are applied once, in that rendering.
/// </summary>
internal abstract class ReadinessPresenter<T> : ResultPresenter<T> where T : Plugins.PluginResult
{
    public override bool IsReceipt => true;

    public override object ForModel(T result) => Says(result);
}

internal sealed class SurveyStartedPresenter : ReadinessPresenter<SurveyStarted>
{
    public override Reply ForPeople(SurveyStarted result) => ReadinessMessages.Started(result);
}

internal sealed class SurveyAlreadyOpenPresenter : ReadinessPresenter<SurveyAlreadyOpen>
{
    public override Reply ForPeople(SurveyAlreadyOpen open) => Reply.Text(
        $"A readiness survey is already open here (closes {ReadinessReplies.Day(open.Survey.Deadline)}). Say “take the readiness survey” to answer it, “readiness results” to see where it stands, or “close the survey” to close it first.",
        Tone.Warning);
}

internal sealed class NoOpenSurveyPresenter : ReadinessPresenter<NoOpenSurvey>
{
    public override Reply ForPeople(NoOpenSurvey none) => none is { LastClosed: { ClosedAt: { } closed } }
        ? Reply.Text($"No readiness survey is open; the last one closed {ReadinessReplies.Day(closed)}. Say “readiness results” to see it, or “start the readiness survey” for a new one.")
        : Reply.Text("No readiness survey has been run here yet. Say “start the readiness survey” to begin one (add “together” to answer as a team in this channel, “anonymous” to hide names).");
}

internal sealed class InterviewStepPresenter : ReadinessPresenter<InterviewStepTaken>
{
    public override Reply ForPeople(InterviewStepTaken result) => ReadinessMessages.Step(result);
}

internal sealed class InterviewCrossedPresenter : ReadinessPresenter<InterviewCrossed>
{
    public override Reply ForPeople(InterviewCrossed result) => ReadinessReplies.Crossed(result);
}

internal sealed class InterviewMovedToDirectPresenter : ReadinessPresenter<InterviewMovedToDirect>
{
    public override Reply ForPeople(InterviewMovedToDirect moved) => Reply.Text(moved.Resumed
        ? "I've sent you your next question in a direct message."
        : "I've sent you the first question in a direct message — answer there, at your own pace.", Tone.Success);
}

internal sealed class NoInterviewHerePresenter : ReadinessPresenter<NoInterviewHere>
{
    public override Reply ForPeople(NoInterviewHere here) => Reply.Text(here.Survey.Mode == SurveyMode.Together
        ? "This survey is being answered together in the channel it was started in — answer there."
        : "Your interview is paused or not started. Say “take the readiness survey” to go on.", Tone.Warning);
}

internal sealed class SurveyResultsPresenter : ReadinessPresenter<SurveyResults>
{
    public override Reply ForPeople(SurveyResults results) => ReadinessMessages.Results(results.Result);
}
