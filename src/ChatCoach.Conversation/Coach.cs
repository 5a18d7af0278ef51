using ChatCoach.Domain.Inbound;
using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.Answers;
using ChatCoach.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation;

/// <summary>
/// The conversation pipeline every channel calls: make sure the workspace exists, give the turn its
/// own kernel carrying the caller's identity, let a conversation flow in progress (an interview, a
/// nudge) claim the message or else the planner decide, and never let a failure reach
/// the person as anything but a short apology.
/// </summary>
public sealed class Coach(
    Kernel prototype,
    IPlanner planner,
    IEnumerable<IConversationFlow> flows,
    IScoreboardStore store,
    TimeProvider clock,
    ILogger<Coach> logger,
    IEnumerable<IActionHandler>? actions = null) : ICoach
{
    /// <summary>Longer messages are not something a person typed to a scoreboard bot.</summary>
    public const int MaxMessageLength = 4000;

    /// <summary>What a person reads when a turn failed on our side (planner-eval counts these as turn errors).</summary>
    public const string TurnFailedText = "Sorry, something went wrong on my side while answering that. Please try again in a moment.";

    private readonly ConcurrentDictionary<WorkspaceId, bool> _knownWorkspaces = new();
    private readonly IConversationFlow[] _flows = Ranked(flows);
    private readonly IActionHandler[] _actions = [.. actions ?? []];
    private readonly OfferedChoices _offered = new(clock);

    public Task<Reply> ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (text.Length > MaxMessageLength)
        {
            return Task.FromResult(Reply.Text($"That message is too long for me ({text.Length} characters). Keep it under {MaxMessageLength}.", Tone.Warning));
        }
        return TurnAsync(turn, () => AnswerAsync(turn, text, cancellationToken), cancellationToken);
    }

    public Task<Reply> ActAsync(TurnContext turn, ChatAction action, CancellationToken cancellationToken) =>
        TurnAsync(turn, () => RunAsync(turn, action, cancellationToken), cancellationToken);

    /// <summary>What every turn shares, whether typed or pressed: the workspace set up, one look at its versions, a late answer owned, choices remembered, a failure apologised for.</summary>
    private async Task<Reply> TurnAsync(TurnContext turn, Func<Task<Reply>> answer, CancellationToken cancellationToken)
    {
        using var span = InboundTracing.Source.StartActivity("coach.reply");
        // The turn's reads share one look at the workspace's versions (dropped on any write).
        using var reads = TurnAmbient.Turn();
        span?.SetTag("chatcoach.workspace", turn.Workspace.Value);
        try
        {
            await EnsureWorkspaceAsync(turn.Workspace, cancellationToken);
            var reply = LateAnswer.Own(await answer(), clock.GetUtcNow());
            _offered.Remember(turn, reply);
            return reply;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Turn failed for {Caller} in {Workspace} via {Channel}", turn.Caller, turn.Workspace, turn.Channel);
            return Reply.Text(TurnFailedText, Tone.Warning);
        }
    }

    /// <summary>The action goes to the feature that made it; one from a feature no longer here (an old message's button) is said to be stale.</summary>
    private async Task<Reply> RunAsync(TurnContext turn, ChatAction action, CancellationToken cancellationToken)
    {
        var handler = _actions.FirstOrDefault(h => h.Feature == action.Feature);
        if (handler is null)
        {
            logger.LogWarning("No feature {Feature} for an action ({Verb}) from {Caller} in {Workspace}", action.Feature, action.Verb, turn.Caller, turn.Workspace);
            return Reply.Text(StaleActionText, Tone.Warning);
        }
        return await handler.ActAsync(TurnScope.Enter(prototype, turn, clock.GetUtcNow()), action, cancellationToken);
    }

    /// <summary>What a person reads when a button or form no longer means anything to the bot.</summary>
    public const string StaleActionText = "That button no longer does anything. Ask me in words, or say “help”.";

    /// <summary>A natural answer to the choices just offered runs that choice's action or becomes its utterance; then a flow or the planner answers.</summary>
    private async Task<Reply> AnswerAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        switch (_offered.Answer(turn, text))
        {
            case DeclinedOffer declined:
                return OfferReplies.Declined(declined);
            case PickedChoice { Choice.Action: { } action }:
                return await RunAsync(turn, action, cancellationToken);
            case PickedChoice picked:
                text = picked.Choice.Utterance;
                break;
        }
        var kernel = TurnScope.Enter(prototype, turn, clock.GetUtcNow());
        foreach (var flow in _flows)
        {
            if (await flow.TryContinueAsync(kernel, text, cancellationToken) is { } reply)
            {
                return reply;
            }
        }
        return await planner.PlanAsync(kernel, text, cancellationToken);
    }

    private async Task EnsureWorkspaceAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        if (_knownWorkspaces.ContainsKey(workspace))
        {
            return;
        }
        await store.EnsureWorkspaceAsync(workspace, cancellationToken);
        _knownWorkspaces[workspace] = true;
    }

    private static IConversationFlow[] Ranked(IEnumerable<IConversationFlow> flows)
    {
        var ranked = flows.OrderBy(f => f.Rank).ToArray();
        if (ranked.GroupBy(f => f.Rank).FirstOrDefault(g => g.Count() > 1) is { } tie)
        {
            throw new InvalidOperationException($"Conversation flows {string.Join(" and ", tie.Select(f => f.GetType().Name))} share rank {tie.Key}; give each its own.");
        }
        return ranked;
    }
}
