using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>"ChatCoach:Scoreboard": the reporting rhythm.</summary>
public sealed class ScoreboardOptions
{
    public const string Section = "ChatCoach:Scoreboard";

    /// <summary>Month M's value is due by this day of month M+1.</summary>
    public int DueDay { get; set; } = 5;

    /// <summary>"where do we stand" always includes the instrument panel picture (otherwise it offers it with a button).</summary>
    public bool PanelWithStanding { get; set; }
}

public sealed class ScoreboardOptionsValidator : IValidateOptions<ScoreboardOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoreboardOptions options) =>
        options.DueDay is >= 1 and <= 28
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ScoreboardOptions.Section}:DueDay must be a day from 1 to 28 (got {options.DueDay}).");
}
