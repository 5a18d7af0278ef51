using ChatCoach.Conversation;
using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Model;
using ChatCoach.Plugins;
using ChatCoach.Readiness.Plugin;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Readiness.Conversation;

/// <summary>The readiness interview's words; its results' presenters (<see cref="ReadinessPresenters"/>) use them.</summary>
public static class ReadinessReplies
{
    public static Reply Compose(PluginResult result) => ResultPresenters.ForPeople(result);

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

    /// <summary>
    /// A step for a question the interview has moved past (an old message's button, or two answers
    /// sent at once), or for a survey that has closed: said so, with where things stand now.
    /// </summary>
    internal static Reply MovedOn(PluginResult current)
    {
        if (current is NoOpenSurvey { LastClosed.ClosedAt: { } closedAt })
        {
            return AlreadyClosed(closedAt);
        }
        var note = new Paragraph([new TextRun("That was an answer to a question the interview has already moved past, so I didn't use it.")], Tone.Warning);
        return current is InterviewStepTaken ? new Reply([note, new Paragraph([new TextRun("Here is where it stands:")]), .. Compose(current).Parts])
            : new Reply([note, .. Compose(current).Parts]);
    }

    internal static Reply Crossed(InterviewCrossed crossed)
    {
        var warning = new Paragraph([new TextRun("That answer crossed with another one sent at the same moment, so I applied only the first. Here is where the interview stands:")], Tone.Warning);
        return new Reply([warning, .. ReadinessMessages.Step(new InterviewStepTaken(crossed.Survey, crossed.Current)).Parts]);
    }

    internal static string Day(DateTimeOffset at) => "on " + at.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
