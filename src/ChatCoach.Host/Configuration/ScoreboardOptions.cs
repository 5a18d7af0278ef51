using ChatCoach.Domain.Scoreboard;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>"ChatCoach:Scoreboard": the reporting rhythm and the rows a new workspace starts with.</summary>
public sealed class ScoreboardOptions
{
    public const string Section = "ChatCoach:Scoreboard";

    /// <summary>Month M's value is due by this day of month M+1.</summary>
    public int DueDay { get; set; } = 5;

    /// <summary>A JSON or YAML file that seeds a new workspace's scoreboard instead of the six defaults.</summary>
    public string? Definition { get; set; }

    /// <summary>The template new workspaces are seeded from; reading it fails with every problem named.</summary>
    public ScoreboardTemplate Template() => string.IsNullOrWhiteSpace(Definition) ? ScoreboardTemplate.Default : ScoreboardDefinitionFile.Load(Definition);

    /// <summary>"where do we stand" always includes the instrument panel picture (otherwise it offers it with a button).</summary>
    public bool PanelWithStanding { get; set; }
}

public sealed class ScoreboardOptionsValidator : IValidateOptions<ScoreboardOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoreboardOptions options)
    {
        var problems = new List<string>();
        if (options.DueDay is < 1 or > 28)
        {
            problems.Add($"{ScoreboardOptions.Section}:DueDay must be a day from 1 to 28 (got {options.DueDay}).");
        }
        try
        {
            options.Template();
        }
        catch (ScoreboardDefinitionException e)
        {
            problems.Add($"{ScoreboardOptions.Section}:Definition ({options.Definition}): {string.Join(" ", e.Problems)}");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
