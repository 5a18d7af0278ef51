using System.Globalization;
using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Readiness.Model;
using ChatCoach.Readiness.Plugin;
using Microsoft.SemanticKernel;

namespace ChatCoach.Readiness.Conversation;

/// <summary>
/// The typed actions on the interview's buttons: a point of the scale, back, skip, pause, the yes or
/// no to a read-back, and "take the survey". Each step names the survey and the question it was
/// offered for, so a button pressed on an earlier question's message — scrolled back to, or arriving
/// after an answer typed meanwhile — never answers the question the interview has moved on to.
/// </summary>
public sealed class ReadinessActions : IActionHandler
{
    public const string FeatureName = "readiness";
    private const string TakeVerb = "take";

    public string Feature => FeatureName;

    public static ChatAction Take() => new(FeatureName, TakeVerb, new Dictionary<string, string>());

    /// <summary>Picks <paramref name="score"/> (1 = the first option) for the question.</summary>
    public static ChatAction Answer(Survey survey, SurveyQuestion question, int score) =>
        Step(survey, question, "answer", ("score", score.ToString(CultureInfo.InvariantCulture)));

    /// <summary>"back", "skip" or "pause" on the question.</summary>
    public static ChatAction Navigate(Survey survey, SurveyQuestion question, string verb) => Step(survey, question, verb);

    /// <summary>Yes or no to the score read back from the person's words.</summary>
    public static ChatAction Confirm(Survey survey, SurveyQuestion question, bool confirmed) =>
        Step(survey, question, "confirm", ("confirmed", confirmed ? "yes" : "no"));

    private static ChatAction Step(Survey survey, SurveyQuestion question, string verb, params (string Name, string Value)[] more)
    {
        var arguments = new Dictionary<string, string>
        {
            ["survey"] = survey.Id.ToString(CultureInfo.InvariantCulture),
            ["question"] = question.Id,
        };
        foreach (var (name, value) in more)
        {
            arguments[name] = value;
        }
        return new(FeatureName, verb, arguments);
    }

    public async Task<Reply> ActAsync(Kernel kernel, ChatAction action, CancellationToken cancellationToken)
    {
        if (action.Verb == TakeVerb)
        {
            return ReadinessReplies.Compose(await InvokeAsync(kernel, "take_survey", new(), cancellationToken));
        }
        if (StepOf(action) is not var (function, arguments))
        {
            return Reply.Text(Coach.StaleActionText, Tone.Warning);
        }
        var current = await InvokeAsync(kernel, "get_interview", new(), cancellationToken);
        if (!IsWaitingOn(current, action))
        {
            return ReadinessReplies.MovedOn(current);
        }
        return ReadinessReplies.Compose(await InvokeAsync(kernel, function, arguments, cancellationToken));
    }

    private static (string Function, KernelArguments Arguments)? StepOf(ChatAction action) => (action.Verb, action.Argument("score"), action.Argument("confirmed")) switch
    {
        ("answer", { } score, _) when int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out _) => ("answer_question", new() { ["answer"] = score }),
        ("back", _, _) => ("go_back", new()),
        ("skip", _, _) => ("skip_question", new()),
        ("pause", _, _) => ("pause_interview", new()),
        ("confirm", _, "yes" or "no") => ("confirm_answer", new() { ["confirmed"] = action.Argument("confirmed") == "yes" }),
        _ => null,
    };

    /// <summary>The speaker's interview here is in the survey the button belongs to, on the question it was offered for.</summary>
    private static bool IsWaitingOn(PluginResult current, ChatAction action)
    {
        if (current is not InterviewStepTaken step || step.Survey.Id.ToString(CultureInfo.InvariantCulture) != action.Argument("survey"))
        {
            return false;
        }
        var question = step.Outcome switch
        {
            AskQuestion ask => ask.Question,
            ConfirmReading read => read.Question,
            _ => null,
        };
        return question?.Id == action.Argument("question");
    }

    private static Task<PluginResult> InvokeAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        ReadinessFlow.InvokeAsync(kernel, function, arguments, cancellationToken);
}
