using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// The planner when a language model is configured. A message the embedded planner reads with
/// confidence takes the fast path (no model call, zero tokens); the rest goes to the model over
/// the same kernel functions. A model answer is sent only if every number in it is backed by this
/// turn's function results; otherwise, or when the model fails, the bot answers in its own words.
/// </summary>
public sealed class ModelPlanner(
    IEmbeddedPlanner embedded,
    ModelConversation conversation,
    IConversationMemory memory,
    IOptions<LlmOptions> options,
    PlannerMetrics metrics,
    TimeProvider clock,
    ILogger<ModelPlanner> logger) : IPlanner
{
    private readonly LlmOptions _options = options.Value;

    public async Task<Reply> PlanAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        // The embedded planner answers a yes or no to the write asked about itself; before the model
        // reads a message, that answer is looked for (never the model's to give) and the write dropped otherwise.
        var reply = !_options.AlwaysUseModel && embedded.IsExactCommand(text, scope.Today)
            ? await FastAsync(kernel, text, cancellationToken)
            : await embedded.AnswerPendingAsync(kernel, text, cancellationToken) ?? await AnswerWithModelAsync(kernel, scope, text, cancellationToken);
        await RememberAsync(scope, text, reply, cancellationToken);
        return reply;
    }

    private Task<Reply> FastAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        metrics.Turn("fast");
        return embedded.PlanAsync(kernel, text, cancellationToken);
    }

    private async Task<Reply> AnswerWithModelAsync(Kernel kernel, TurnScope scope, string text, CancellationToken cancellationToken)
    {
        metrics.Turn("model");
        var tokens = new TokenTally();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), clock);
        using var modelDeadline = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            var history = ConversationContext.Build(SystemPrompt.For(scope), await RecallAsync(scope, cancellationToken), text);
            var answer = await conversation.RunAsync(kernel, history, tokens, modelDeadline.Token, cancellationToken,
                call => embedded.HoldAsync(kernel, text, call, cancellationToken));
            return Grounded(scope, answer);
        }
        catch (HeldCallException held)
        {
            return held.Instead;
        }
        catch (ModelFailureException failure) when (!cancellationToken.IsCancellationRequested)
        {
            return await FallBackAsync(kernel, scope, text, failure, cancellationToken);
        }
        finally
        {
            RecordTokens(scope, tokens);
        }
    }

    private Reply Grounded(TurnScope scope, ModelAnswer answer)
    {
        var check = GroundingGuard.Check(answer.Text, answer.Results);
        // A refused write is said in the bot's words only: whatever the model made of it, the
        // person must read exactly what was refused and who can do it instead.
        var refused = answer.Results.Any(r => r is Refusal);
        if (check.Grounded && !refused && !string.IsNullOrWhiteSpace(answer.Text))
        {
            return new Reply([.. ModelReplyText.Paragraphs(answer.Text), .. ResultRendering.Receipts(answer.Results)]);
        }
        if (!check.Grounded)
        {
            metrics.GroundingIncident();
            logger.LogWarning(
                "Grounding guard withheld a model reply in {Workspace} conversation {Conversation}: {Unbacked} not backed by {Results}; sent the deterministic rendering instead",
                scope.Turn.Workspace, scope.Turn.ConversationId, string.Join(", ", check.Unbacked), Names(answer.Results));
        }
        return Deterministic(answer.Results);
    }

    private static Reply Deterministic(IReadOnlyList<PluginResult> results) => results.Count > 0
        ? new Reply(ResultRendering.All(results))
        : new Reply([new Paragraph([new TextRun("I can only give figures the scoreboard holds, and I had none for that.")], Tone.Warning), .. HelpReply.Help().Parts]);

    /// <summary>
    /// Answers without the model. If the model's functions already ran, their results are the
    /// answer (running the embedded planner would repeat a write); otherwise the embedded planner reads the text.
    /// </summary>
    private async Task<Reply> FallBackAsync(Kernel kernel, TurnScope scope, string text, ModelFailureException failure, CancellationToken cancellationToken)
    {
        metrics.Fallback(failure.Kind);
        logger.LogWarning(failure, "Model turn failed ({Kind}) in {Workspace} conversation {Conversation}; answering without the model",
            failure.Kind, scope.Turn.Workspace, scope.Turn.ConversationId);
        var parts = failure.Results.Count > 0
            ? ResultRendering.All(failure.Results)
            : (await embedded.PlanAsync(kernel, text, cancellationToken)).Parts;
        return new Reply([.. parts, new Paragraph([new TextRun(Note(failure.Kind))])]);
    }

    private static string Note(ModelFailureKind kind) => kind switch
    {
        ModelFailureKind.Timeout => "(The language model took too long, so this is my plain answer.)",
        ModelFailureKind.Unavailable => "(The language model is unavailable right now, so this is my plain answer.)",
        _ => "(The language model's answer was unusable, so this is my plain answer.)",
    };

    private async Task<IReadOnlyList<RememberedTurn>> RecallAsync(TurnScope scope, CancellationToken cancellationToken)
    {
        if (_options.MemoryTokenBudget == 0)
        {
            return [];
        }
        var turns = await memory.RecallAsync(scope.Turn.Workspace, scope.Turn.ConversationId, ConversationContext.RecallTurns, cancellationToken);
        return ConversationContext.WithinBudget(turns, _options.MemoryTokenBudget);
    }

    /// <summary>Memory is a convenience: failing to write it is logged, never the person's problem.</summary>
    private async Task RememberAsync(TurnScope scope, string text, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            var turn = new RememberedTurn(scope.Turn.Caller, text, Summary(reply), clock.GetUtcNow());
            await memory.RememberAsync(scope.Turn.Workspace, scope.Turn.ConversationId, turn, ConversationContext.KeepTurns, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not remember a turn of {Workspace} conversation {Conversation}", scope.Turn.Workspace, scope.Turn.ConversationId);
        }
    }

    /// <summary>
    /// The reply as the model will read it next turn: its words, and what a table showed. Never an
    /// API token's secret: memory is stored, and read back to the model.
    /// </summary>
    public static string Summary(Reply reply) => string.Join("\n", Domain.Api.SecretRedaction.WithoutSecrets(reply).Parts.Select(part => part switch
    {
        Paragraph p => p.PlainText,
        StandingTable s => $"(showed the standing for {s.Standing.ReportingPeriod.Display})",
        HistoryTable h => $"(showed the history of {h.Indicator.Name})",
        OwnerTable => "(showed who owns each indicator)",
        Picture picture => $"(showed a picture: {picture.Title})",
        Choices c => $"(offered: {string.Join(", ", c.Options.Select(o => o.Label))})",
        _ => "",
    }).Where(line => line.Length > 0));

    private void RecordTokens(TurnScope scope, TokenTally tokens)
    {
        if (tokens.Requests == 0)
        {
            return;
        }
        metrics.Tokens(tokens.Prompt, tokens.Completion, _options.Model ?? "");
        logger.LogInformation("Model turn in {Workspace} for {Caller}: {PromptTokens} prompt + {CompletionTokens} completion tokens over {Requests} requests to {Model}",
            scope.Turn.Workspace, scope.Turn.Caller, tokens.Prompt, tokens.Completion, tokens.Requests, _options.Model);
    }

    private static string Names(IEnumerable<PluginResult> results) =>
        string.Join(", ", results.Select(r => r.GetType().Name).DefaultIfEmpty("no function results"));
}
