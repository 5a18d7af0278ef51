using System.Text.Json;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Host.Evaluation;

/// <summary>A turn of the eval: who says what. "as" is a console user name (local:NAME).</summary>
public sealed record EvalTurn(string As, string Text);

/// <param name="Kind">question, no-value, bait, owner-write or non-owner-write: what the question probes.</param>
/// <param name="Forbidden">Figures the reply must not contain (numbers the scoreboard cannot back).</param>
/// <param name="Refused">True when the honest outcome is a refused write.</param>
public sealed record EvalQuestion(string Id, string Kind, string As, string Text, IReadOnlyList<string>? Forbidden = null, bool Refused = false);

/// <summary>
/// The question set of planner-eval (Evaluation/planner-questions.json): setup turns that give the
/// scoreboard owners and values, then the questions. Kept as data so a deployer can add their own.
/// </summary>
public sealed record EvalQuestionSet(string Admin, IReadOnlyList<EvalTurn> Setup, IReadOnlyList<EvalQuestion> Questions)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Evaluation", "planner-questions.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EvalQuestionSet Load(string path)
    {
        var set = JsonSerializer.Deserialize<EvalQuestionSet>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no question set.");
        if (set.Questions is not { Count: > 0 } || set.Setup is null || string.IsNullOrWhiteSpace(set.Admin))
        {
            throw new InvalidDataException($"{path} needs \"admin\", \"setup\" and at least one question.");
        }
        return set;
    }

    /// <summary>Writes today's months into the set, so the same file works any day.</summary>
    public EvalQuestionSet ForToday(DateOnly today)
    {
        var lastMonth = Period.Of(today).Previous;
        string Dated(string text) => text
            .Replace("{last-month}", lastMonth.Display, StringComparison.Ordinal)
            .Replace("{month-before}", lastMonth.Previous.Display, StringComparison.Ordinal);
        return this with
        {
            Setup = [.. Setup.Select(t => t with { Text = Dated(t.Text) })],
            Questions = [.. Questions.Select(q => q with { Text = Dated(q.Text) })],
        };
    }
}
