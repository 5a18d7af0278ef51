using ChatCoach.Host.Configuration;
using ChatCoach.Host.Evaluation;
using ChatCoach.Conversation.LanguageModel;
using ChatCoach.Plugins;
using ChatCoach.Storage;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatCoach.Host.Commands;

/// <summary>
/// `planner-eval [--questions FILE] [--replies]`: runs the question set against whatever model is
/// configured (ChatCoach:Llm:*) and prints, per question, how it was answered, which functions ran,
/// whether the model's words were grounded or withheld, tokens and latency; then totals. It runs on
/// a throw-away SQLite file, never the configured database. Exit code 1 when a check failed.
/// </summary>
public static class PlannerEvalCommand
{
    /// <summary>Beyond the model's own deadline, what the embedded fallback and storage may add to a turn.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var questionsPath = line.Option("questions") ?? EvalQuestionSet.DefaultPath;
        if (!File.Exists(questionsPath))
        {
            await error.WriteLineAsync($"planner-eval: the question set {questionsPath} does not exist.");
            return 2;
        }
        EvalQuestionSet set;
        try
        {
            set = EvalQuestionSet.Load(questionsPath);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"planner-eval: {questionsPath} is not a usable question set: {e.Message}");
            return 2;
        }
        var database = Path.Combine(Path.GetTempPath(), $"chatcoach-eval-{Guid.NewGuid():N}.db");
        try
        {
            using var host = Build(line, database, set.Admin);
            await CoreServices.PrepareAsync(host.Services, cancellationToken);
            return await EvaluateAsync(host.Services, set, line.Flag("replies"), output, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            await error.WriteLineAsync($"planner-eval: {e.Message}");
            return 2;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }

    private static IHost Build(CommandLine line, string database, string admin)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([.. line.PassThrough]);
        // The eval writes values: it gets a database of its own, whatever storage is configured.
        builder.Configuration[StorageOptions.Section + ":Provider"] = "Sqlite";
        builder.Configuration[StorageOptions.ConnectionStringKey] = $"Data Source={database}";
        // Exactly one admin, the set's: everyone else writes only what they own, as in production.
        builder.Configuration[AdminOptions.Section + ":0"] = "local:" + admin;
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddChatCoachCore(builder.Configuration);
        return builder.Build();
    }

    private static async Task<int> EvaluateAsync(IServiceProvider services, EvalQuestionSet questions, bool replies, TextWriter output, CancellationToken cancellationToken)
    {
        var set = questions.ForToday(DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        using var observer = new TurnObserver(services.GetRequiredService<PlannerMetrics>().Meter);
        services.GetRequiredService<Kernel>().FunctionInvocationFilters.Insert(0, observer); // outermost: it sees refusals too
        var report = new EvalReport(output, replies);
        await report.HeaderAsync(llm, set.Questions.Count);
        var eval = new PlannerEval(services, observer, TimeSpan.FromSeconds(llm.TimeoutSeconds) + Slack);
        var outcomes = await eval.RunAsync(set, report.Row, cancellationToken);
        await report.TotalsAsync(outcomes);
        return outcomes.All(o => o.Passed) ? 0 : 1;
    }
}
