using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>One row of the scoreboard: a monthly leading indicator and the lagging metric it protects.</summary>
public sealed record Indicator(
    string Key,
    string Name,
    Unit Unit,
    BetterWhen BetterWhen,
    string LaggingMetric,
    decimal? Target = null,
    UserRef? Owner = null,
    IReadOnlyList<string>? Aliases = null,
    int Position = 0,
    string? Why = null,
    DateTimeOffset? RetiredAt = null)
{
    /// <summary>A retired row leaves the standing, the digest and the nudges; its history stays.</summary>
    public bool Retired => RetiredAt is not null;

    /// <summary>The lagging metrics it protects: its text split at semicolons ("Pipeline; program ROI").</summary>
    public IReadOnlyList<string> LaggingMetrics =>
        LaggingMetric.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> Aliases { get; init; } = Aliases ?? [];

    /// <summary>Whether <paramref name="value"/> meets the target, given which direction is better.</summary>
    public bool? MeetsTarget(decimal value) => Target switch
    {
        null => null,
        var t when BetterWhen == BetterWhen.Higher => value >= t,
        var t => value <= t,
    };
}
