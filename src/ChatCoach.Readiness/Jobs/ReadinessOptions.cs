using ChatCoach.Readiness.Model;
using ChatCoach.Readiness.Plugin;
using Microsoft.Extensions.Options;

namespace ChatCoach.Readiness.Jobs;

/// <summary>"ChatCoach:Readiness": the survey's question bank, what counts as high, and its rhythm.</summary>
public sealed class ReadinessOptions
{
    public const string Section = "ChatCoach:Readiness";

    /// <summary>The question bank file; a relative path is read from the application's folder.</summary>
    public string QuestionBank { get; set; } = "Readiness/readiness-questions.json";

    /// <summary>A vector scoring at or above this percentage counts as high in the position rules.</summary>
    public decimal HighThreshold { get; set; } = PositionRules.DefaultHighThreshold;

    /// <summary>Days a survey stays open when the starter names no deadline.</summary>
    public int DefaultDays { get; set; } = ReadinessSettings.Default.DefaultDays;

    /// <summary>
    /// The smallest group a result is shown for: an anonymous survey's team, vector and role figures,
    /// and any survey's leader/contributor comparison. Never below 3 (start-up refuses a lower value).
    /// </summary>
    public int MinGroupSize { get; set; } = ReadinessDisclosure.DefaultMinGroupSize;

    /// <summary>Hours before the deadline when the one reminder goes out.</summary>
    public int ReminderHoursBefore { get; set; } = 24;

    public string QuestionBankPath => Path.IsPathRooted(QuestionBank) ? QuestionBank : Path.Combine(AppContext.BaseDirectory, QuestionBank);

    public ReadinessSettings ToSettings() => new(DefaultDays, TimeSpan.FromHours(ReminderHoursBefore));
}

/// <summary>Checks the options and the question bank file itself, so a broken bank stops start-up with its problems listed.</summary>
public sealed class ReadinessOptionsValidator : IValidateOptions<ReadinessOptions>
{
    /// <summary>Beyond this a survey of any real team would never show a result: surely a typo.</summary>
    private const int MaxGroupSize = 100;

    public ValidateOptionsResult Validate(string? name, ReadinessOptions options)
    {
        var problems = new List<string>();
        if (options.HighThreshold is < 20 or > 100)
        {
            problems.Add($"{ReadinessOptions.Section}:HighThreshold must be a percentage from 20 to 100 (got {options.HighThreshold}).");
        }
        if (options.MinGroupSize is < ReadinessDisclosure.AnonymousFloor or > MaxGroupSize)
        {
            problems.Add($"{ReadinessOptions.Section}:MinGroupSize must be from {ReadinessDisclosure.AnonymousFloor} to {MaxGroupSize} (got {options.MinGroupSize}): "
                + $"anonymous results are never shown for fewer than {ReadinessDisclosure.AnonymousFloor} people.");
        }
        if (options.DefaultDays is < 1 or > ReadinessSettings.MaxDays)
        {
            problems.Add($"{ReadinessOptions.Section}:DefaultDays must be from 1 to {ReadinessSettings.MaxDays} (got {options.DefaultDays}).");
        }
        if (options.ReminderHoursBefore is < 1 or > 24 * ReadinessSettings.MaxDays)
        {
            problems.Add($"{ReadinessOptions.Section}:ReminderHoursBefore must be at least 1 (got {options.ReminderHoursBefore}).");
        }
        if (QuestionBankProblem(options.QuestionBankPath) is { } problem)
        {
            problems.Add(problem);
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static string? QuestionBankProblem(string path)
    {
        try
        {
            QuestionBankReader.Parse(File.ReadAllText(path));
            return null;
        }
        catch (IOException e)
        {
            return $"{ReadinessOptions.Section}:QuestionBank: cannot read {path} ({e.Message}).";
        }
        catch (QuestionBankException e)
        {
            return $"{ReadinessOptions.Section}:QuestionBank ({path}): {string.Join(" ", e.Problems)}";
        }
    }
}
