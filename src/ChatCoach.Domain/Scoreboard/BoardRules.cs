namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// The rules a change to the board's rows must pass, in one place for chat, the kernel functions
/// and the definition file. Each answers null when the change is fine, or the sentence that says why not.
/// </summary>
public static class BoardRules
{
    /// <summary>More rows than this is no longer a scoreboard a leadership team reads in a meeting.</summary>
    public const int MaxActive = 30;

    public const int MaxNameLength = 120;

    public static string? CanAdd(IReadOnlyList<Indicator> active) => active.Count >= MaxActive
        ? $"The scoreboard already has {MaxActive} active indicators, the most it holds. Retire one before adding another."
        : null;

    public static string? CanRestore(IReadOnlyList<Indicator> active, Indicator retired) => active.Count >= MaxActive
        ? $"The scoreboard already has {MaxActive} active indicators, so {retired.Name} can't come back until one is retired."
        : null;

    /// <summary>
    /// A name must not be another row's, nor one the matcher would take for another row: "cost per
    /// opp" next to "Cost per qualified opportunity" would make "record 400 for cost per opp" a guess.
    /// </summary>
    public static NameClash? Clash(string name, IReadOnlyList<Indicator> all, string? exceptKey = null)
    {
        var others = all.Where(i => i.Key != exceptKey).ToList();
        var trimmed = name.Trim();
        var same = others.FirstOrDefault(i => string.Equals(i.Name, trimmed, StringComparison.OrdinalIgnoreCase)
            || i.Key == IndicatorKeys.Slug(trimmed)
            || i.Aliases.Any(a => string.Equals(a, trimmed, StringComparison.OrdinalIgnoreCase)));
        if (same is not null)
        {
            return new NameClash(same, Exact: true);
        }
        var match = IndicatorMatcher.Match(trimmed, others.Where(i => !i.Retired).ToList());
        return match.Candidates.Count > 0 ? new NameClash(match.Indicator ?? match.Candidates[0], Exact: false) : null;
    }

    public static string? NameProblem(string name) => name.Trim() switch
    {
        { Length: 0 } => "An indicator needs a name.",
        { Length: > MaxNameLength } => $"That name is longer than {MaxNameLength} characters; try a shorter one.",
        var n when !n.Any(char.IsLetter) => $"'{n}' has no letters in it; an indicator's name should say what it measures.",
        _ => null,
    };

    /// <summary>Once values exist, the unit and direction are what those values mean: changing them would rewrite history.</summary>
    public static string? CanChangeMeaning(Indicator indicator, int recordedValues, string what) => recordedValues > 0
        ? $"{indicator.Name} already has {recordedValues} recorded {(recordedValues == 1 ? "value" : "values")}, and changing its {what} would change what they mean. Retire it and add a new indicator instead."
        : null;
}

/// <summary>The row a proposed name collides with; <see cref="Exact"/> when it is the same name, not just a confusable one.</summary>
public sealed record NameClash(Indicator With, bool Exact);
