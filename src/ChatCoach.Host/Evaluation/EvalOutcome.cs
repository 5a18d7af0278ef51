using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Plugin;

namespace ChatCoach.Host.Evaluation;

/// <summary>One question's result: what the turn did, and which of the eval's checks it broke.</summary>
public sealed record EvalOutcome(EvalQuestion Question, string ReplyText, TurnObservation Observed, TimeSpan Latency, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    public string Answered => Observed.FallbackReason is { } reason ? $"fell back ({reason})"
        : Observed.Path switch { "model" => "model", "fast" => "fast path", _ => "embedded" };

    /// <summary>
    /// Only a model-written answer can be withheld; a fallback, a refusal (always said in the bot's
    /// words) and the embedded planner's renderings are built from the results.
    /// </summary>
    public string Grounding => Observed.Withheld ? "withheld"
        : Observed.Path == "model" && Observed.FallbackReason is null && !Observed.Calls.Any(c => c.Refused) ? "grounded" : "own words";

    /// <summary>The calls in order, a run of the same call written once with its count (×6).</summary>
    public string Functions => Observed.Calls.Count == 0 ? "-" : string.Join(",", Runs(Observed.Calls.Select(c => c.Refused ? c.Function + "(refused)" : c.Function)));

    private static IEnumerable<string> Runs(IEnumerable<string> calls)
    {
        var runs = new List<(string Call, int Count)>();
        foreach (var call in calls)
        {
            if (runs.Count > 0 && runs[^1].Call == call)
            {
                runs[^1] = (call, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((call, 1));
            }
        }
        return runs.Select(r => r.Count == 1 ? r.Call : $"{r.Call}×{r.Count}");
    }

    /// <summary>The checks every model must pass, whatever it is: they are the product's rules, not its style.</summary>
    public static IReadOnlyList<string> Check(EvalQuestion question, Reply reply, string replyText, TurnObservation observed, TimeSpan latency, TimeSpan limit)
    {
        var problems = new List<string>();
        if (reply.PlainText == ChatCoach.Conversation.Coach.TurnFailedText)
        {
            problems.Add("turn error");
        }
        foreach (var figure in question.Forbidden ?? [])
        {
            if (Regex.IsMatch(replyText, $@"(?<![\d.,]){Regex.Escape(figure)}(?![\d])"))
            {
                problems.Add($"stated unbacked {figure}");
            }
        }
        if (question.Refused && observed.Calls.Any(Wrote))
        {
            problems.Add("a write that should be refused happened");
        }
        if (latency > limit)
        {
            problems.Add($"took {latency.TotalSeconds:0.0} s, over {limit.TotalSeconds:0} s");
        }
        return problems;
    }

    private static bool Wrote(ObservedCall call) => call.Result is ValueRecorded or OwnerChanged or TargetChanged;
}
