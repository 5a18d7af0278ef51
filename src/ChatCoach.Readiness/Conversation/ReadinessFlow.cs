using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Model;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Plugins;
using ChatCoach.Readiness.Plugin;
using Microsoft.SemanticKernel;
using ChatCoach.Scoreboard;

namespace ChatCoach.Readiness.Conversation;

/// <summary>
/// The readiness interview as a conversation: the survey's commands, and — while the speaker has an
/// interview going in this place (their DM individually, the survey's channel together) — answers,
/// read-back confirmations, back, skip and pause. Everything it does goes through the readiness
/// plugin on the turn's kernel. Messages that are clearly something else ("where do we stand") are
/// left to the planner, so the scoreboard still answers mid-interview.
/// </summary>
public sealed class ReadinessFlow(IReadinessStore store, IPlanner planner) : IConversationFlow
{
    /// <summary>First in line: while an interview waits for its next answer, "3" is that answer, not a value for a nudge.</summary>
    public int Rank => 100;

    /// <summary>With a language model, words the flow cannot read are left to the model, which may read them as a score.</summary>
    private readonly bool _modelReadsWords = planner is not EmbeddedPlanner;

    public async Task<Reply?> TryContinueAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        if (ReadinessPhrases.ReadCommand(text) is { } command)
        {
            return await CommandAsync(kernel, command, cancellationToken);
        }
        var scope = TurnScope.Of(kernel);
        // A plain read decides whether an interview is waiting here; every change goes through the plugin.
        var survey = await store.OpenSurveyAsync(scope.Turn.Workspace, cancellationToken);
        if (survey is null)
        {
            return await AfterCloseAsync(scope, text, cancellationToken);
        }
        var respondent = survey.Mode == SurveyMode.Together
            ? (scope.Turn.ConversationId == survey.ConversationId ? Survey.TeamRespondent : null)
            : (scope.Turn.IsDirect ? scope.Turn.Caller.Id : null);
        var interview = respondent is null ? null : await store.InterviewAsync(survey.Id, respondent, cancellationToken);
        return interview is { Status: InterviewStatus.Active } ? await ContinueAsync(kernel, text, interview, cancellationToken) : null;
    }

    private async Task<Reply?> ContinueAsync(Kernel kernel, string text, Interview interview, CancellationToken cancellationToken)
    {
        // Leaving mid-interview ("bye") pauses it, so the goodbye says where it stopped and how to resume.
        var phrase = ReadinessPhrases.ReadInInterview(text, interview.Pending is not null)
            ?? (SmallTalkPhrases.IsFarewell(text) ? new PauseInterview() : null);
        var (function, arguments) = phrase switch
        {
            GoBack => ("go_back", new KernelArguments()),
            SkipQuestion => ("skip_question", new KernelArguments()),
            PauseInterview => ("pause_interview", new KernelArguments()),
            Confirmation c => ("confirm_answer", new KernelArguments { ["confirmed"] = c.Confirmed }),
            _ => ("answer_question", new KernelArguments { ["answer"] = text }),
        };
        if (function == "answer_question" && IsForThePlanner(text))
        {
            return null;
        }
        var result = await InvokeAsync(kernel, function, arguments, cancellationToken);
        return _modelReadsWords && result is InterviewStepTaken { Outcome: AskQuestion { Unread: true } } ? null : ReadinessReplies.Compose(result);
    }

    /// <summary>"Where do we stand" mid-interview is a question for the scoreboard, not an answer.</summary>
    private static bool IsForThePlanner(string text) =>
        FreeTextAnswer.ReadOnScale(text) is Unreadable
        && IntentReader.Read(text, DateOnly.MinValue) is not (NotUnderstood or ShowHelp);

    private static async Task<Reply> CommandAsync(Kernel kernel, ReadinessPhrase command, CancellationToken cancellationToken) => command switch
    {
        StartSurvey s => ReadinessReplies.Compose(await InvokeAsync(kernel, "start_survey",
            new() { ["together"] = s.Together, ["anonymous"] = s.Anonymous, ["days"] = s.Days }, cancellationToken)),
        TakeSurvey => ReadinessReplies.Compose(await InvokeAsync(kernel, "take_survey", new(), cancellationToken)),
        CloseSurvey => ReadinessReplies.Closed(await InvokeAsync(kernel, "close_survey", new(), cancellationToken)),
        _ => ReadinessReplies.Compose(await InvokeAsync(kernel, "get_results", new(), cancellationToken)),
    };

    /// <summary>An answer typed after the survey closed gets told so, instead of falling to the help text.</summary>
    private async Task<Reply?> AfterCloseAsync(TurnScope scope, string text, CancellationToken cancellationToken)
    {
        var looksLikeAnswer = ReadinessPhrases.ReadInInterview(text, awaitingConfirmation: true) is not null
            || FreeTextAnswer.ReadOnScale(text) is ExactPick;
        if (!looksLikeAnswer || await store.LatestSurveyAsync(scope.Turn.Workspace, cancellationToken) is not { ClosedAt: { } closedAt } last)
        {
            return null;
        }
        var theirs = await store.InterviewAsync(last.Id, last.Mode == SurveyMode.Together ? Survey.TeamRespondent : scope.Turn.Caller.Id, cancellationToken);
        return theirs is { Status: not InterviewStatus.Finished } ? ReadinessReplies.AlreadyClosed(closedAt) : null;
    }

    /// <summary>One readiness function through the turn's kernel (so its filters run), its typed result back.</summary>
    internal static async Task<PluginResult> InvokeAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(ReadinessPlugin.Name, function, arguments, cancellationToken);
        return result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{ReadinessPlugin.Name}.{function} returned nothing.");
    }
}
