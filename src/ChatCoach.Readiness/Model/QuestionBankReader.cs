using System.Text.Json;

namespace ChatCoach.Readiness.Model;

/// <summary>The question bank file could not be used; every problem found is listed.</summary>
public sealed class QuestionBankException(IReadOnlyList<string> problems)
    : Exception("The readiness question bank is not usable: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads the question bank's JSON text (the file is the organisation's to edit) and checks it
/// completely, so a mistake is reported at start-up with its place in the file, not mid-interview.
/// </summary>
public static class QuestionBankReader
{
    public static QuestionBank Parse(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new QuestionBankException([$"It is not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }
        var problems = new List<string>();
        var bank = Read(root, problems);
        return problems.Count == 0 ? bank! : throw new QuestionBankException(problems);
    }

    private static QuestionBank? Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("The file must hold one JSON object with \"scale\", \"role\" and \"questions\".");
            return null;
        }
        var scale = Labels(root, "scale", QuestionBank.ScalePoints, "scale", problems);
        var role = RoleQuestion(root, problems);
        var stage = root.TryGetProperty("stage", out var s) ? StageQuestion(s, problems) : null;
        var questions = ScaleQuestions(root, scale, problems);
        CheckIds([role, stage, .. questions], problems);
        return role is null ? null : new QuestionBank(role, questions, stage);
    }

    private static List<SurveyQuestion> ScaleQuestions(JsonElement root, IReadOnlyList<string> scale, List<string> problems)
    {
        var questions = new List<SurveyQuestion>();
        if (!root.TryGetProperty("questions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add("\"questions\" must be a list.");
            return questions;
        }
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var where = $"questions[{index++}]";
            var vector = ReadinessVectors.FromKey(String(item, "vector"));
            if (vector is null)
            {
                problems.Add($"{where}.vector must be one of {string.Join(", ", ReadinessVectors.All.Select(v => v.Key()))}.");
            }
            var labels = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("scale", out _) ? Labels(item, "scale", QuestionBank.ScalePoints, where + ".scale", problems) : scale;
            if (Question(item, where, QuestionKind.Scale, labels, problems) is { } question && vector is { } v)
            {
                questions.Add(question with { Vector = v });
            }
        }
        foreach (var vector in ReadinessVectors.All)
        {
            var count = questions.Count(q => q.Vector == vector);
            if (count is < QuestionBank.MinPerVector or > QuestionBank.MaxPerVector)
            {
                problems.Add($"{vector.Key()} has {count} questions; each vector needs {QuestionBank.MinPerVector} or {QuestionBank.MaxPerVector}.");
            }
        }
        return questions;
    }

    private static SurveyQuestion? RoleQuestion(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("role", out var role))
        {
            problems.Add("\"role\" is missing: the question that tells leaders from individual contributors.");
            return null;
        }
        var leader = String(role, "leader");
        var contributor = String(role, "individual-contributor");
        if (leader is null || contributor is null)
        {
            problems.Add("role needs the two answers' labels: \"leader\" and \"individual-contributor\".");
            return null;
        }
        return Question(role, "role", QuestionKind.Role, [leader, contributor], problems);
    }

    private static SurveyQuestion? StageQuestion(JsonElement stage, List<string> problems) =>
        Question(stage, "stage", QuestionKind.Stage, Labels(stage, "options", 4, "stage.options", problems), problems);

    private static SurveyQuestion? Question(JsonElement item, string where, QuestionKind kind, IReadOnlyList<string> options, List<string> problems)
    {
        var id = String(item, "id");
        var text = String(item, "text");
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
        {
            problems.Add($"{where}.id must be a word without spaces.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{where}.text is missing.");
        }
        return string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(text) ? null : new SurveyQuestion(id, kind, text.Trim(), options);
    }

    private static IReadOnlyList<string> Labels(JsonElement owner, string property, int count, string where, List<string> problems)
    {
        var labels = owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()!.Trim() : "").ToList()
            : [];
        if (labels.Count != count || labels.Any(string.IsNullOrEmpty))
        {
            problems.Add($"{where} must list {count} non-empty labels, lowest first.");
        }
        return labels;
    }

    private static void CheckIds(IEnumerable<SurveyQuestion?> questions, List<string> problems)
    {
        foreach (var duplicate in questions.OfType<SurveyQuestion>().GroupBy(q => q.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"The id '{duplicate.Key}' is used by {duplicate.Count()} questions; ids must be unique.");
        }
    }

    private static string? String(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
