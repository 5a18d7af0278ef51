using System.ComponentModel;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Board;

/// <summary>Lagging metrics: their quarterly values and the quarterly review.</summary>
public sealed partial class BoardPlugin
{
    [KernelFunction("record_quarter_value")]
    [Description("Records a lagging metric's value for a quarter that has ended, as the person speaking. Admins only. A second value for the same quarter is kept as a correction.")]
    [WriteAccess(WriteAccess.Admin, Refusal = "Only an admin can record a lagging metric's quarterly value.")]
    public async Task<PluginResult> RecordQuarterValueAsync(
        Kernel kernel,
        [Description("The lagging metric's name, e.g. 'pipeline'.")] string metric,
        [Description("The value as written, e.g. '$1.2M', '31%', '14'.")] string value,
        [Description("The quarter as YYYY-Qn, e.g. 2026-Q3; omit for the quarter that ended last.")] string? quarter = null,
        [Description("An optional note or source.")] string? note = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var metrics = LaggingMetrics.Of(await scope.IndicatorsAsync(scoreboard, cancellationToken));
        if (LaggingMetrics.Find(metric, metrics) is not { } found)
        {
            return new UnknownLaggingMetric(metric, metrics);
        }
        var when = string.IsNullOrWhiteSpace(quarter) ? Quarter.LastEnded(scope.Today)
            : Quarter.TryParse(quarter.Trim(), out var q) ? q : Quarter.Find(quarter, scope.Today)?.Quarter;
        if (when is not { } recordFor || !recordFor.HasEnded(scope.Today))
        {
            return new InvalidInput(when is { } open
                ? $"{open.Display} hasn't ended yet, so it has no quarterly value to record. The latest quarter you can report is {Quarter.LastEnded(scope.Today).Display}."
                : $"I couldn't read '{quarter}' as a quarter. Try something like Q3 2026.");
        }
        var unit = UnitOf(value);
        var parsed = ValueParser.Parse(value, unit);
        if (!parsed.Ok)
        {
            return new InvalidInput(parsed.Error!);
        }
        var previous = (await lagging.LaggingHistoryAsync(scope.Turn.Workspace, found.Key, cancellationToken)).FirstOrDefault(v => v.Quarter == recordFor);
        var recorded = await lagging.RecordLaggingAsync(scope.Turn.Workspace,
            new NewLaggingValue(found.Key, found.Name, recordFor, parsed.Value!.Value, unit, scope.Turn.Caller, scope.Now, scope.Turn.Channel, Clip(note)),
            cancellationToken);
        return new LaggingRecorded(found, recorded, previous);
    }

    [KernelFunction("get_quarterly_review")]
    [ReadsOnly]
    [Description("The quarterly review: each lagging metric's recorded value for the quarter next to the three monthly values of the leading indicators that protect it, with their trend.")]
    public async Task<PluginResult> GetQuarterlyReviewAsync(
        Kernel kernel,
        [Description("The quarter as YYYY-Qn; omit for the quarter that ended last.")] string? quarter = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var when = string.IsNullOrWhiteSpace(quarter) ? Quarter.LastEnded(scope.Today)
            : Quarter.TryParse(quarter.Trim(), out var q) ? q : Quarter.Find(quarter, scope.Today)?.Quarter;
        if (when is not { } review)
        {
            return new InvalidInput($"I couldn't read '{quarter}' as a quarter. Try something like Q3 2026.");
        }
        var workspace = scope.Turn.Workspace;
        return new QuarterlyReviewShown(QuarterlyReview.Build(review,
            await scope.IndicatorsAsync(scoreboard, cancellationToken),
            await scoreboard.LatestValuesAsync(workspace, cancellationToken),
            await lagging.LatestLaggingAsync(workspace, cancellationToken)));
    }

    /// <summary>A lagging metric is named in words, so its unit is read from how the value is written.</summary>
    private static Unit UnitOf(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        return text.Contains('%', StringComparison.Ordinal) || text.EndsWith("percent", StringComparison.Ordinal) ? Unit.Percent
            : text.IndexOfAny(['$', '€', '£']) >= 0 || text.EndsWith("dollars", StringComparison.Ordinal) || text.EndsWith("usd", StringComparison.Ordinal) ? Unit.Currency
            : text.EndsWith("days", StringComparison.Ordinal) || text.EndsWith("day", StringComparison.Ordinal) ? Unit.Days
            : Unit.Number;
    }
}
