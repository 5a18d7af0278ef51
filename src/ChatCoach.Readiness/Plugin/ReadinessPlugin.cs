using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using System.ComponentModel;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;

namespace ChatCoach.Readiness.Plugin;

/// <summary>
/// The readiness interview's capabilities as kernel functions: start a survey, take it, answer,
/// confirm a read-back, skip, go back, pause, close, and read the results. The interview flow calls
/// them through the Kernel, and so can a language model. Identity and place come from
/// <see cref="TurnScope"/>; every step is stored with the interview's version, so two answers sent at
/// once cannot both move it.
/// </summary>
public sealed class ReadinessPlugin(IReadinessStore store, QuestionBank bank, ReadinessDisclosure disclosure, ReadinessSettings settings, AdminPolicy admins, IOutbox outbox)
{
    public const string Name = "readiness";

    [KernelFunction("start_survey")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Starts the readiness survey in this conversation. Individually (each person answers in a direct message; the default) or together (the team answers as one, here). Anonymous surveys never show names in results.")]
    public async Task<PluginResult> StartSurveyAsync(
        Kernel kernel,
        [Description("true to run it together in this conversation as one team.")] bool together = false,
        [Description("true to keep results anonymous.")] bool anonymous = false,
        [Description("How many days it stays open, 1 to 60.")] int? days = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        if (days is < 1 or > ReadinessSettings.MaxDays)
        {
            return new InvalidInput($"A survey can stay open from 1 to {ReadinessSettings.MaxDays} days.");
        }
        var draft = new Survey(0, scope.Turn.Workspace, scope.Turn.Channel, scope.Turn.ConversationId, together ? SurveyMode.Together : SurveyMode.Individual,
            anonymous, scope.Turn.Caller, scope.Now, scope.Now.AddDays(days ?? settings.DefaultDays));
        if (await store.TryOpenAsync(draft, cancellationToken) is not { } survey)
        {
            return new SurveyAlreadyOpen((await store.OpenSurveyAsync(scope.Turn.Workspace, cancellationToken))!);
        }
        InterviewOutcome? first = null;
        if (survey.Mode == SurveyMode.Together)
        {
            var engine = Engine(survey, scope);
            var begun = Interview.Begin(survey.Id, Survey.TeamRespondent, scope.Now);
            await store.TrySaveStepAsync(begun, -1, null, cancellationToken);
            first = engine.Current(begun).Outcome;
        }
        return new SurveyStarted(survey, bank.Script(survey.Mode).Count, first);
    }

    [KernelFunction("take_survey")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Begins or resumes the speaker's own interview in the open survey. Asked in a channel, the questions go to the speaker's direct messages.")]
    public async Task<PluginResult> TakeSurveyAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        if (await store.OpenSurveyAsync(scope.Turn.Workspace, cancellationToken) is not { } survey)
        {
            return await NoOpenAsync(scope, cancellationToken);
        }
        var respondent = RespondentFor(survey, scope);
        if (respondent is null)
        {
            return new NoInterviewHere(survey);
        }
        var interview = await store.InterviewAsync(survey.Id, respondent, cancellationToken);
        var engine = Engine(survey, scope);
        var step = interview is null ? engine.Current(Interview.Begin(survey.Id, respondent, scope.Now)) : engine.Resume(interview);
        if (!await store.TrySaveStepAsync(step.Next, interview?.Version ?? -1, null, cancellationToken))
        {
            return await CrossedAsync(survey, respondent, engine, cancellationToken);
        }
        if (survey.Mode == SurveyMode.Individual && !scope.Turn.IsDirect && ChatChannels.CanPostTo(scope.Turn.Channel))
        {
            var reply = ReadinessMessages.Step(new InterviewStepTaken(survey, step.Outcome));
            var key = $"readiness/{survey.Id}/take/{respondent}/{step.Next.Version}";
            await outbox.EnqueueAsync(new OutboundMessage(key, survey.Workspace, new ToPerson(scope.Turn.Caller), reply), cancellationToken);
            return new InterviewMovedToDirect(survey, interview is not null);
        }
        return await TakenAsync(survey, step, cancellationToken);
    }

    [KernelFunction("get_interview")]
    [ReadsOnly]
    [Description("The question the speaker's interview is waiting on, if any.")]
    public Task<PluginResult> GetInterviewAsync(Kernel kernel, CancellationToken cancellationToken) =>
        StepAsync(kernel, (engine, interview) => engine.Current(interview), saves: false, cancellationToken);

    [KernelFunction("answer_question")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Answers the current question (see get_interview) with what the person said: a number from the scale, one of its labels, or their own words. When you read their words as a point of the scale, pass it as score; the bot reads it back to them for confirmation before storing it.")]
    public Task<PluginResult> AnswerQuestionAsync(
        Kernel kernel,
        [Description("The answer as the person gave it.")] string answer,
        [Description("Optional: the point of the scale (1 = first option) you read the words as.")] int? score = null,
        CancellationToken cancellationToken = default) =>
        StepAsync(kernel, (engine, interview) => score is { } read ? engine.Interpret(interview, read, answer) : engine.Answer(interview, answer), saves: true, cancellationToken);

    [KernelFunction("confirm_answer")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Confirms (true) or rejects (false) the answer the bot read back from the person's own words.")]
    public Task<PluginResult> ConfirmAnswerAsync(Kernel kernel, bool confirmed, CancellationToken cancellationToken = default) =>
        StepAsync(kernel, (engine, interview) => engine.Confirm(interview, confirmed), saves: true, cancellationToken);

    [KernelFunction("skip_question")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Skips the current question; it does not count towards the scores.")]
    public Task<PluginResult> SkipQuestionAsync(Kernel kernel, CancellationToken cancellationToken) =>
        StepAsync(kernel, (engine, interview) => engine.Skip(interview), saves: true, cancellationToken);

    [KernelFunction("go_back")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Goes back to the previous question so it can be answered again.")]
    public Task<PluginResult> GoBackAsync(Kernel kernel, CancellationToken cancellationToken) =>
        StepAsync(kernel, (engine, interview) => engine.Back(interview), saves: true, cancellationToken);

    [KernelFunction("pause_interview")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Pauses the interview; it resumes at the same question later.")]
    public Task<PluginResult> PauseInterviewAsync(Kernel kernel, CancellationToken cancellationToken) =>
        StepAsync(kernel, (engine, interview) => engine.Pause(interview), saves: true, cancellationToken);

    [KernelFunction("close_survey")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Closes the open survey and returns its results. Only the person who started it or an admin may close it.")]
    public async Task<PluginResult> CloseSurveyAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        if (await store.OpenSurveyAsync(scope.Turn.Workspace, cancellationToken) is not { } survey)
        {
            return await NoOpenAsync(scope, cancellationToken);
        }
        if (survey.StartedBy != scope.Turn.Caller && !admins.IsAdmin(scope.Turn))
        {
            return new Refusal("Only the person who started the survey or an admin can close it.");
        }
        var closed = await store.TryCloseAsync(survey.Id, scope.Turn.Caller, scope.Now, cancellationToken);
        var result = await ResultOfAsync(survey with { ClosedAt = scope.Now, ClosedBy = scope.Turn.Caller }, cancellationToken);
        if (closed && scope.Turn.ConversationId != survey.ConversationId)
        {
            // Closed from elsewhere (a DM): the channel that ran it still gets its results.
            await PostResultsAsync(outbox, result, cancellationToken);
        }
        return new SurveyResults(result, closed);
    }

    [KernelFunction("get_results")]
    [ReadsOnly]
    [Description("The open (or last) survey's results so far: the four vector scores, the position and next move, participation, and where leaders and individual contributors disagree.")]
    public async Task<PluginResult> GetResultsAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        return await store.LatestSurveyAsync(scope.Turn.Workspace, cancellationToken) is { } survey
            ? new SurveyResults(await ResultOfAsync(survey, cancellationToken))
            : new NoOpenSurvey(null);
    }

    /// <summary>The survey's results as they stand and as they may be shown (<see cref="ReadinessDisclosure"/>), from its stored answers.</summary>
    public async Task<SurveyResult> ResultOfAsync(Survey survey, CancellationToken cancellationToken) =>
        disclosure.Disclose(survey, await store.AnswersAsync(survey.Id, cancellationToken), await store.InterviewsAsync(survey.Id, cancellationToken));

    /// <summary>Hands the results to the outbox for the conversation the survey ran in (chat platforms only).</summary>
    public static async Task PostResultsAsync(IOutbox outbox, SurveyResult result, CancellationToken cancellationToken)
    {
        var survey = result.Survey;
        if (ChatChannels.CanPostTo(survey.Channel))
        {
            await outbox.EnqueueAsync(new OutboundMessage($"readiness/{survey.Id}/results", survey.Workspace,
                new ToConversation(survey.Channel, survey.ConversationId), ReadinessMessages.Results(result)), cancellationToken);
        }
    }

    private async Task<PluginResult> StepAsync(Kernel kernel, Func<InterviewEngine, Interview, InterviewStep> take, bool saves, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        if (await store.OpenSurveyAsync(scope.Turn.Workspace, cancellationToken) is not { } survey)
        {
            return await NoOpenAsync(scope, cancellationToken);
        }
        var respondent = RespondentFor(survey, scope);
        var interview = respondent is null ? null : await store.InterviewAsync(survey.Id, respondent, cancellationToken);
        if (interview is null || interview.Status == InterviewStatus.Paused && saves)
        {
            return new NoInterviewHere(survey);
        }
        var engine = Engine(survey, scope);
        var step = take(engine, interview);
        if (saves && step.Next != interview && !await store.TrySaveStepAsync(step.Next, interview.Version, step.Answer, cancellationToken))
        {
            return await CrossedAsync(survey, respondent!, engine, cancellationToken);
        }
        return await TakenAsync(survey, step, cancellationToken);
    }

    private async Task<PluginResult> TakenAsync(Survey survey, InterviewStep step, CancellationToken cancellationToken)
    {
        if (step.Outcome is not InterviewFinished)
        {
            return new InterviewStepTaken(survey, step.Outcome);
        }
        // At the end each respondent sees their own scores (in the together mode, the team's so far).
        var answers = (await store.AnswersAsync(survey.Id, cancellationToken)).Where(a => a.Respondent == step.Next.Respondent).ToList();
        return new InterviewStepTaken(survey, step.Outcome, disclosure.OwnResult(survey, answers, step.Next));
    }

    private async Task<PluginResult> CrossedAsync(Survey survey, string respondent, InterviewEngine engine, CancellationToken cancellationToken)
    {
        var now = await store.InterviewAsync(survey.Id, respondent, cancellationToken);
        return new InterviewCrossed(survey, now is null or { Status: InterviewStatus.Finished } ? new InterviewFinished() : engine.Current(now).Outcome);
    }

    private async Task<PluginResult> NoOpenAsync(TurnScope scope, CancellationToken cancellationToken) =>
        new NoOpenSurvey(await store.LatestSurveyAsync(scope.Turn.Workspace, cancellationToken));

    /// <summary>Individually, each person is their own respondent; together, the survey's own conversation answers as the team.</summary>
    private static string? RespondentFor(Survey survey, TurnScope scope) =>
        survey.Mode == SurveyMode.Individual ? scope.Turn.Caller.Id
        : scope.Turn.ConversationId == survey.ConversationId ? Survey.TeamRespondent
        : null;

    private InterviewEngine Engine(Survey survey, TurnScope scope) => new(survey, bank, scope.Turn.Caller, scope.Now);
}
