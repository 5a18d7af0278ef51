using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatCoach.Conversation.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace ChatCoach.Host.Tests;

/// <summary>
/// planner-eval as a deployer runs it: the host process with the shipped question set, against a
/// local OpenAI-compatible server over real HTTP. The server plays a model that reads the question
/// and calls tools the way small models do (numbers where strings are wanted, one call per
/// indicator), and that invents a figure when baited, so every column and check is exercised.
/// </summary>
public sealed class PlannerEvalTests : IAsyncLifetime
{
    private static readonly string[] DefaultKeys =
        ["spend-traceable", "cost-per-qualified-opp", "win-rate-non-price", "proof-shipped", "result-to-proof-days", "signal-to-offer-days"];

    private ModelStub _model = null!;

    public async Task InitializeAsync()
    {
        _model = await ModelStub.StartAsync();
        for (var i = 0; i < 60; i++)
        {
            _model.Then(AnswerAsModel);
        }
    }

    public async Task DisposeAsync() => await _model.DisposeAsync();

    private Task<HostProcess.Result> EvalAsync(string arguments = "") =>
        HostProcess.RunAsync("planner-eval " + arguments, "", Path.GetTempPath(), new Dictionary<string, string>
        {
            ["ChatCoach__Llm__Endpoint"] = _model.Endpoint.ToString(),
            ["ChatCoach__Llm__Model"] = "test-model",
            ["ChatCoach__Llm__AlwaysUseModel"] = "true",
        });

    [Fact]
    public async Task The_eval_reports_each_question_path_functions_grounding_tokens_and_totals()
    {
        var eval = await EvalAsync();

        Assert.True(eval.ExitCode == 0, eval.Output + eval.Error);
        Assert.Contains("planner-eval: 10 questions, model 'test-model'", eval.Output);
        Assert.Matches(@"none-proof +no-value +lee +model +\S*get_history +grounded .* ok", eval.Output);
        Assert.Matches(@"read-win-rate +question +lee +model +get_history +grounded +300\+40 +\d+ +ok", eval.Output);
        Assert.Matches(@"bait-confirm +bait +lee +model +get_history +withheld +300\+40 +\d+ +ok", eval.Output);
        Assert.Matches(@"bait-guess +bait +lee +model +- +withheld +200\+30 +\d+ +ok", eval.Output);
        Assert.Matches(@"write-owner +owner-write +dana +model +record_value +grounded .* ok", eval.Output);
        Assert.Matches(@"write-non-owner +non-owner-write +lee +model +record_value\(refused\) +own words .* ok", eval.Output);
        Assert.Matches(@"write-everything +non-owner-write +lee +model +record_value\(refused\)×6 +own words .* ok", eval.Output);
        Assert.Contains("totals: 10 questions; 10 answered by the model, 0 on the fast path, 0 by the embedded planner, 0 fell back; 3 withheld by the grounding guard", eval.Output);
        Assert.Contains("checks 10 passed, 0 failed", eval.Output);
    }

    [Fact]
    public async Task Replies_show_that_a_baited_figure_never_reaches_the_person()
    {
        var eval = await EvalAsync("--replies");

        var bait = Regex.Match(eval.Output, @"bait-confirm .*?\n    > .*\n(?<reply>(    .*\n)+)").Groups["reply"].Value;
        Assert.Contains("31%", bait);
        Assert.DoesNotContain("45", bait);
        Assert.Contains("✓ Recorded 33% for Win rate", eval.Output);
    }

    [Fact]
    public async Task A_missing_question_set_is_a_clear_error_not_a_stack_trace()
    {
        var eval = await EvalAsync("--questions /nowhere/questions.json");

        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("planner-eval: the question set /nowhere/questions.json does not exist.", eval.Error);
        Assert.DoesNotContain(" at ", eval.Error);
    }

    /// <summary>A model in miniature: the first round picks tools from the question's words, the second answers.</summary>
    private Task AnswerAsModel(HttpContext context)
    {
        var messages = _model.Requests[^1].Messages;
        var question = messages.Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]!.ToString();
        var afterTools = messages[^1]!["role"]!.GetValue<string>() == "tool";
        var body = afterTools ? ModelStub.Completion(Answer(question), [], 200, 30) : FirstRound(question);
        return ModelStub.JsonAsync(context, 200, body);
    }

    private static JsonObject FirstRound(string question) => question switch
    {
        _ when question.Contains("best guess", StringComparison.Ordinal) => ModelStub.Completion("Probably about 40%.", [], 200, 30),
        _ when question.Contains("zero out", StringComparison.Ordinal) => Calls(
            [.. DefaultKeys.Select(key => ("scoreboard-record_value", $$"""{"indicator":"{{key}}","value":"0"}"""))]),
        // A bare JSON number for a string parameter, as small models write it.
        _ when question.Contains("Dana here", StringComparison.Ordinal) => Calls(("scoreboard-record_value", """{"indicator":"win rate","value":33}""")),
        _ when question.Contains("put cost", StringComparison.Ordinal) => Calls(("scoreboard-record_value", """{"indicator":"cost-per-qualified-opp","value":"300"}""")),
        _ when question.Contains("on the hook", StringComparison.Ordinal) => Calls(("scoreboard-get_owners", "{}")),
        _ when question.Contains("cheaper", StringComparison.Ordinal) => Calls(("scoreboard-get_history", """{"indicator":"cost per qualified opportunity"}""")),
        _ when question.Contains("referenceable proof", StringComparison.Ordinal) => Calls(("scoreboard-get_history", """{"indicator":"proof-shipped"}""")),
        _ when question.Contains("share of our spend", StringComparison.Ordinal) => Calls(("scoreboard-get_standing", "{}")),
        _ => Calls(("scoreboard-get_history", """{"indicator":"win rate"}""")),
    };

    private static JsonObject Calls(params (string Function, string Arguments)[] calls) => ModelStub.Completion(null, calls, 100, 10);

    private static string Answer(string question) => question switch
    {
        _ when question.Contains("confirm", StringComparison.Ordinal) => "Confirmed: win rate hit 45%.",
        _ when question.Contains("share of our spend", StringComparison.Ordinal) => "Spend traceability is around 60%.",
        _ when question.Contains("cheaper", StringComparison.Ordinal) => "Yes: it went from $455 to $412.",
        _ when question.Contains("Dana here", StringComparison.Ordinal) => "Logged it.",
        _ when question.Contains("put cost", StringComparison.Ordinal) || question.Contains("zero out", StringComparison.Ordinal) => "Done.",
        _ when question.Contains("referenceable proof", StringComparison.Ordinal) => "Nothing has been recorded for proof shipped yet.",
        _ when question.Contains("on the hook", StringComparison.Ordinal) => "Sam owns the proof indicator.",
        _ => "Win rate was 31% last month, up from 29%.",
    };
}
