using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Readiness;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Readiness;

namespace ChatCoach.Planner.Readiness;

/// <summary>Renders the readiness plugin's results as replies, in the bot's own words.</summary>
public static class ReadinessReplies
{
    public static Reply Compose(PluginResult result) => result switch
    {
        SurveyStarted started => ReadinessMessages.Started(started),
        SurveyAlreadyOpen open => Reply.Text(
            $"A readiness survey is already open here (closes {Day(open.Survey.Deadline)}). Say “take the readiness survey” to answer it, “readiness results” to see where it stands, or “close the survey” to close it first.",
            Tone.Warning),
        NoOpenSurvey { LastClosed: { ClosedAt: { } closed } } => Reply.Text(
            $"No readiness survey is open; the last one closed {Day(closed)}. Say “readiness results” to see it, or “start the readiness survey” for a new one."),
        NoOpenSurvey => Reply.Text("No readiness survey has been run here yet. Say “start the readiness survey” to begin one (add “together” to answer as a team in this channel, “anonymous” to hide names)."),
        InterviewStepTaken step => ReadinessMessages.Step(step),
        InterviewCrossed crossed => Crossed(crossed),
        InterviewMovedToDirect moved => Reply.Text(moved.Resumed
            ? "I've sent you your next question in a direct message."
            : "I've sent you the first question in a direct message — answer there, at your own pace.", Tone.Success),
        NoInterviewHere here => Reply.Text(here.Survey.Mode == SurveyMode.Together
            ? "This survey is being answered together in the channel it was started in — answer there."
            : "Your interview is paused or not started. Say “take the readiness survey” to go on.", Tone.Warning),
        SurveyResults results => ReadinessMessages.Results(results.Result),
        Refusal refusal => Reply.Text(refusal.Reason, Tone.Refusal),
        InvalidInput invalid => Reply.Text(invalid.Message, Tone.Warning),
        _ => Reply.Text("I couldn't do that with the survey.", Tone.Warning),
    };

    /// <summary>"Close the survey": the results when this call closed it; otherwise say why not.</summary>
    public static Reply Closed(PluginResult result) => result switch
    {
        SurveyResults { JustClosed: true } closed => new Reply([new Paragraph([new TextRun("Survey closed.")], Tone.Success), .. ReadinessMessages.Results(closed.Result).Parts]),
        SurveyResults => Reply.Text("That survey was closed a moment ago by someone else; say “readiness results” to see it.", Tone.Warning),
        NoOpenSurvey { LastClosed: { ClosedAt: { } at } } => Reply.Text($"There is no open survey to close — the last one already closed {Day(at)}.", Tone.Warning),
        _ => Compose(result),
    };

    public static Reply AlreadyClosed(DateTimeOffset closedAt) => Reply.Text(
        $"The readiness survey closed {Day(closedAt)}, so I can't take answers for it any more. Say “readiness results” to see how it came out.", Tone.Warning);

    private static Reply Crossed(InterviewCrossed crossed)
    {
        var warning = new Paragraph([new TextRun("That answer crossed with another one sent at the same moment, so I applied only the first. Here is where the interview stands:")], Tone.Warning);
        return new Reply([warning, .. ReadinessMessages.Step(new InterviewStepTaken(crossed.Survey, crossed.Current)).Parts]);
    }

    private static string Day(DateTimeOffset at) => "on " + at.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
