using System.Globalization;
using ChatCoach.Conversation.LanguageModel;

namespace ChatCoach.Host.Evaluation;

/// <summary>planner-eval's printout: a header naming the model, one row per question, then totals.</summary>
public sealed class EvalReport(TextWriter output, bool replies)
{
    private static readonly System.Text.CompositeFormat Columns = System.Text.CompositeFormat.Parse("{0,-18} {1,-15} {2,-5} {3,-24} {4,-34} {5,-9} {6,11} {7,7}  {8}");

    public async Task HeaderAsync(LlmOptions llm, int questions)
    {
        var model = llm.IsConfigured
            ? $"model '{llm.Model}' at {llm.Endpoint} (timeout {llm.TimeoutSeconds} s, at most {llm.MaxRounds} rounds{(llm.AlwaysUseModel ? ", every turn to the model" : "")})"
            : "no model (ChatCoach:Llm:Endpoint is not set): the embedded planner answers alone";
        await output.WriteLineAsync($"planner-eval: {questions} questions, {model}");
        await output.WriteLineAsync(Row("question", "kind", "as", "answered", "functions", "grounding", "tokens", "ms", "check"));
    }

    public void Row(EvalOutcome o)
    {
        var tokens = o.Observed.PromptTokens + o.Observed.CompletionTokens == 0 ? "-" : $"{o.Observed.PromptTokens}+{o.Observed.CompletionTokens}";
        var check = o.Passed ? "ok" : "FAIL: " + string.Join("; ", o.Problems);
        output.WriteLine(Row(o.Question.Id, o.Question.Kind, o.Question.As, o.Answered, o.Functions, o.Grounding, tokens,
            o.Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), check));
        if (replies)
        {
            output.WriteLine("    > " + o.Question.Text);
            foreach (var line in o.ReplyText.Split('\n'))
            {
                output.WriteLine("    " + line);
            }
        }
    }

    public async Task TotalsAsync(IReadOnlyList<EvalOutcome> outcomes)
    {
        var fellBack = outcomes.Where(o => o.Observed.FallbackReason is not null).ToList();
        var reasons = string.Join(", ", fellBack.GroupBy(o => o.Observed.FallbackReason).Select(g => $"{g.Key} {g.Count()}"));
        var latencies = outcomes.Select(o => o.Latency.TotalSeconds).ToList();
        var failed = outcomes.Count(o => !o.Passed);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"totals: {outcomes.Count} questions; {outcomes.Count(o => o.Answered == "model")} answered by the model, " +
            $"{outcomes.Count(o => o.Answered == "fast path")} on the fast path, {outcomes.Count(o => o.Answered == "embedded")} by the embedded planner, " +
            $"{fellBack.Count} fell back{(fellBack.Count > 0 ? $" ({reasons})" : "")}; " +
            $"{outcomes.Count(o => o.Observed.Withheld)} withheld by the grounding guard; " +
            $"tokens {outcomes.Sum(o => o.Observed.PromptTokens)} prompt + {outcomes.Sum(o => o.Observed.CompletionTokens)} completion; " +
            $"latency mean {latencies.Average():0.0} s, max {latencies.Max():0.0} s; " +
            $"checks {outcomes.Count - failed} passed, {failed} failed"));
    }

    private static string Row(params object[] cells) => string.Format(CultureInfo.InvariantCulture, Columns, cells);
}
