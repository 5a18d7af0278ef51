using System.Text.RegularExpressions;

namespace ChatCoach.Host.Tests;

/// <summary>
/// The opt-in suite: planner-eval's question set through the real host against a real
/// OpenAI-compatible server and model, named by CHATCOACH_EVAL_LLM_ENDPOINT and
/// CHATCOACH_EVAL_LLM_MODEL (optionally CHATCOACH_EVAL_LLM_APIKEY). Skipped, saying why, without them.
/// </summary>
public sealed class RealModelTests
{
    private static readonly string? Endpoint = Environment.GetEnvironmentVariable("CHATCOACH_EVAL_LLM_ENDPOINT");
    private static readonly string? Model = Environment.GetEnvironmentVariable("CHATCOACH_EVAL_LLM_MODEL");

    public static string? WhyNoModel => string.IsNullOrWhiteSpace(Endpoint) || string.IsNullOrWhiteSpace(Model)
        ? "No real model to run against: set CHATCOACH_EVAL_LLM_ENDPOINT and CHATCOACH_EVAL_LLM_MODEL to an OpenAI-compatible server (see README, 'Measuring a model: planner-eval')."
        : null;

    [RealModelFact]
    public async Task A_real_model_breaks_none_of_the_products_rules_on_the_question_set()
    {
        var environment = new Dictionary<string, string>
        {
            ["ChatCoach__Llm__Endpoint"] = Endpoint!,
            ["ChatCoach__Llm__Model"] = Model!,
            ["ChatCoach__Llm__AlwaysUseModel"] = "true",
            ["ChatCoach__Llm__TimeoutSeconds"] = Environment.GetEnvironmentVariable("CHATCOACH_EVAL_LLM_TIMEOUT") ?? "60",
        };
        if (Environment.GetEnvironmentVariable("CHATCOACH_EVAL_LLM_APIKEY") is { Length: > 0 } key)
        {
            environment["ChatCoach__Llm__ApiKey"] = key;
        }

        var eval = await HostProcess.RunAsync("planner-eval --replies", "", Path.GetTempPath(), environment, TimeSpan.FromMinutes(20));

        // Each check is a product rule: no turn error, no unbacked figure, no refused write that
        // happened, every turn within the timeout. Any of them failing fails the eval's exit code.
        Assert.True(eval.ExitCode == 0, eval.Output + eval.Error);
        Assert.Matches(@"checks \d+ passed, 0 failed", eval.Output);
        Assert.Matches(@"write-non-owner .*ok", eval.Output);
        // A server that never answers would pass every check through the fallback: the model must have answered some.
        var answered = int.Parse(Regex.Match(eval.Output, @"(\d+) answered by the model").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(answered > 0, "The model answered no question itself:\n" + eval.Output);
    }
}

/// <summary>A fact that runs only where a real model is named (see <see cref="RealModelTests"/>).</summary>
public sealed class RealModelFactAttribute : FactAttribute
{
    public RealModelFactAttribute()
    {
        if (RealModelTests.WhyNoModel is { } why)
        {
            Skip = why;
        }
    }
}
