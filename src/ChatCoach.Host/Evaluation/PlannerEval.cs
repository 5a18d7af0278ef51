using System.Diagnostics;
using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Plugins;
using Microsoft.SemanticKernel;
using ChatCoach.Scoreboard;

namespace ChatCoach.Host.Evaluation;

/// <summary>
/// Runs the question set through the real coach (flows, planner, kernel, filters, grounding guard)
/// in a workspace of its own: the setup turns through the embedded planner, so every model starts
/// from the same scoreboard, then each question as its speaker.
/// </summary>
public sealed class PlannerEval(IServiceProvider services, TurnObserver observer, TimeSpan turnLimit)
{
    public static readonly WorkspaceId Workspace = new("planner-eval");

    public async Task<IReadOnlyList<EvalOutcome>> RunAsync(EvalQuestionSet set, Action<EvalOutcome> onEach, CancellationToken cancellationToken)
    {
        await SetUpAsync(set.Setup, cancellationToken);
        var coach = services.GetRequiredService<ICoach>();
        var outcomes = new List<EvalOutcome>();
        foreach (var question in set.Questions)
        {
            var outcome = await AskAsync(coach, question, cancellationToken);
            outcomes.Add(outcome);
            onEach(outcome);
        }
        return outcomes;
    }

    private async Task SetUpAsync(IReadOnlyList<EvalTurn> setup, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IScoreboardStore>().EnsureWorkspaceAsync(Workspace, cancellationToken);
        var prototype = services.GetRequiredService<Kernel>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var embedded = new EmbeddedPlanner();
        foreach (var turn in setup)
        {
            var reply = await embedded.PlanAsync(TurnScope.Enter(prototype, Turn(turn.As), now), ConsoleMentions.ToNeutral(turn.Text), cancellationToken);
            if (reply.Parts.OfType<Paragraph>().Any(p => p.Tone is Tone.Warning or Tone.Refusal))
            {
                throw new InvalidDataException($"Setup turn '{turn.Text}' by {turn.As} did not go through: {reply.PlainText}");
            }
        }
    }

    private async Task<EvalOutcome> AskAsync(ICoach coach, EvalQuestion question, CancellationToken cancellationToken)
    {
        var observed = observer.Begin();
        var started = Stopwatch.GetTimestamp();
        var reply = await coach.ReplyAsync(Turn(question.As), ConsoleMentions.ToNeutral(question.Text), cancellationToken);
        var latency = Stopwatch.GetElapsedTime(started);
        var text = ConsoleRenderer.Render(reply);
        return new EvalOutcome(question, text, observed, latency, EvalOutcome.Check(question, reply, text, observed, latency, turnLimit));
    }

    /// <summary>The eval speaks as the console does ("@dana" is local:dana). Each question is its own conversation, so no answer leans on an earlier one.</summary>
    private static TurnContext Turn(string user) =>
        new(Workspace, UserRef.Local(user), ChatChannels.Console, "eval-" + Guid.NewGuid().ToString("N"), IsDirect: true);
}
