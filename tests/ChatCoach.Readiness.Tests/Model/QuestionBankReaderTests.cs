using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests.Model;

public sealed class QuestionBankReaderTests
{
    private static string ShippedFile => File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "src", "ChatCoach.Readiness", "readiness-questions.json"));

    private static string Bank(string questions, string scale = """["a","b","c","d","e"]""") => $$"""
        {
          "scale": {{scale}},
          "role": { "id": "role", "text": "Who are you?", "leader": "Leader", "individual-contributor": "IC" },
          "questions": [ {{questions}} ]
        }
        """;

    private static string Questions(string vector, int count, string prefix = "") =>
        string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{ "id": "{{prefix}}{{vector}}-{{i}}", "vector": "{{vector}}", "text": "Q{{i}}" }"""));

    private static string AllVectors(int each = 3) => string.Join(",", ReadinessVectors.All.Select(v => Questions(v.Key(), each)));

    [Fact]
    public void The_shipped_bank_has_three_or_four_questions_per_vector_a_role_question_and_a_stage_question()
    {
        var bank = QuestionBankReader.Parse(ShippedFile);

        Assert.All(ReadinessVectors.All, v => Assert.InRange(bank.ScaleQuestions.Count(q => q.Vector == v), 3, 4));
        Assert.All(bank.ScaleQuestions, q => Assert.Equal(5, q.Options.Count));
        Assert.Equal(["I lead the team or a function", "I'm an individual contributor"], bank.Role.Options);
        Assert.Equal(4, bank.Stage!.Options.Count);
        Assert.Equal(bank.ScaleQuestions.Count + 2, bank.Script(SurveyMode.Individual).Count);
        Assert.Equal(bank.ScaleQuestions.Count + 1, bank.Script(SurveyMode.Together).Count);
    }

    [Fact]
    public void A_valid_minimal_bank_reads_with_the_shared_scale()
    {
        var bank = QuestionBankReader.Parse(Bank(AllVectors()));

        Assert.Equal(12, bank.ScaleQuestions.Count);
        Assert.Null(bank.Stage);
        Assert.Equal(["a", "b", "c", "d", "e"], bank.ScaleQuestions[0].Options);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_where_it_is()
    {
        var questions = string.Join(",",
            Questions("organizational-capacity", 2),
            Questions("business-model-leverage", 5),
            Questions("change-velocity", 3),
            Questions("competitive-necessity", 3),
            """{ "id": "change-velocity-1", "vector": "mood", "text": "" }""");

        var error = Assert.Throws<QuestionBankException>(() => QuestionBankReader.Parse(Bank(questions, """["a","b","c"]""")));

        Assert.Contains(error.Problems, p => p.StartsWith("scale must list 5 non-empty labels", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("questions[13].vector must be one of organizational-capacity", StringComparison.Ordinal));
        Assert.Contains("questions[13].text is missing.", error.Problems);
        Assert.Contains("organizational-capacity has 2 questions; each vector needs 3 or 4.", error.Problems);
        Assert.Contains("business-model-leverage has 5 questions; each vector needs 3 or 4.", error.Problems);
    }

    [Fact]
    public void Duplicate_ids_a_missing_role_and_broken_json_are_named()
    {
        var duplicate = Assert.Throws<QuestionBankException>(() => QuestionBankReader.Parse(Bank(AllVectors() + "," + Questions("change-velocity", 1))));
        var noRole = Assert.Throws<QuestionBankException>(() => QuestionBankReader.Parse("""{ "scale": ["a","b","c","d","e"], "questions": [] }"""));
        var broken = Assert.Throws<QuestionBankException>(() => QuestionBankReader.Parse("{ \"scale\": [ "));

        Assert.Contains("The id 'change-velocity-1' is used by 2 questions; ids must be unique.", duplicate.Problems);
        Assert.Contains(noRole.Problems, p => p.StartsWith("\"role\" is missing", StringComparison.Ordinal));
        Assert.StartsWith("It is not valid JSON", Assert.Single(broken.Problems));
    }
}
