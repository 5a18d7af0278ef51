using System.ComponentModel;
using ChatCoach.Charts;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Charts;

/// <summary>
/// Pictures of the scoreboard as kernel functions: a trend chart of one indicator and the
/// instrument panel. Every plotted point is a recorded value (the newest revision of its month).
/// </summary>
public sealed class ChartsPlugin(IScoreboardStore store, ReportingCalendar calendar)
{
    public const string Name = "charts";

    private readonly StandingCalculator _calculator = new(calendar);
    private readonly TrendPictureMemo _pictures = new(TrendChart.Render);

    [KernelFunction("get_chart")]
    [ReadsOnly]
    [Description("Draws a line chart of one indicator's recorded monthly values against its target and shows it to the person. Default: the last 12 months that have ended.")]
    public async Task<PluginResult> GetChartAsync(
        Kernel kernel,
        [Description("The indicator's key or name, e.g. 'cost-per-qualified-opp' or 'win rate'.")] string indicator,
        [Description("How many months back to go, 1 to 60; omit for 12.")] int? months = null,
        [Description("The first month as YYYY-MM, for 'since January'; overrides months.")] string? since = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var found = IndicatorMatcher.Match(indicator, await scope.IndicatorsAsync(store, cancellationToken));
        if (found.Indicator is not { } row)
        {
            return new UnknownIndicator(indicator, found.Candidates);
        }
        var window = Window(months, since, scope.Today);
        if (window is null)
        {
            return new InvalidInput($"I couldn't chart from '{since}': name a month that has ended, like 2026-01 or January.", row);
        }
        var trend = IndicatorTrend.Of(row, await store.HistoryAsync(scope.Turn.Workspace, row.Key, cancellationToken), window.From, window.To);
        return new ChartResult(trend, _pictures.Draw(trend));
    }

    [KernelFunction("get_panel")]
    [ReadsOnly]
    [Description("Draws the instrument panel and shows it: one small chart per indicator with its latest value, last six months and status against target.")]
    public async Task<PluginResult> GetPanelAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var indicators = await scope.IndicatorsAsync(store, cancellationToken);
        var latest = await store.LatestValuesAsync(scope.Turn.Workspace, cancellationToken);
        return PanelResult.Of(_calculator.Compute(indicators, latest, scope.Today), latest);
    }

    private static ChartWindow? Window(int? months, string? since, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(since))
        {
            return ChartWindow.Last(months ?? ChartWindow.DefaultMonths, today);
        }
        var start = Period.TryParse(since.Trim(), out var exact) ? exact : PeriodPhrases.Find(since, today)?.Period;
        return start is { } from ? ChartWindow.Since(from, today) : null;
    }
}
