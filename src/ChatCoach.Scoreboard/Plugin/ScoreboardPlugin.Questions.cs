using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Plugin;

/// <summary>Questions about one indicator or a slice of the board, answered only from recorded values.</summary>
public sealed partial class ScoreboardPlugin
{
    private const int MonthsShown = 6;

    [GeneratedRegex(@"^(?<y>\d{4})-?q(?<q>[1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuarterPattern();

    [KernelFunction("get_indicator")]
    [ReadsOnly]
    [Description("One indicator in detail: its latest value with who recorded it and when, the months before, the trend, the target and whether it is met. Give 'month' to compare with or show a particular month.")]
    public Task<PluginResult> GetIndicatorAsync(
        Kernel kernel,
        [Description("The indicator's key or name, e.g. 'win rate'.")] string indicator,
        [Description("Optional month as YYYY-MM: the month asked about, e.g. 'since September' → '2026-09'.")] string? month = null,
        CancellationToken cancellationToken = default)
        => ForIndicatorAsync(kernel, indicator, async (scope, row) =>
        {
            Period? asked = null;
            if (!string.IsNullOrWhiteSpace(month))
            {
                if (!Period.TryParse(month.Trim(), out var exact))
                {
                    return new InvalidInput($"I couldn't read '{month}' as a month. Try something like 2026-09.", row);
                }
                asked = exact;
            }
            var history = await store.HistoryAsync(scope.Turn.Workspace, row.Key, cancellationToken);
            var months = LatestPerMonth(history).Where(v => v.Period <= Period.Of(scope.Today)).ToList();
            var standing = _calculator.Compute([row], months, scope.Today).Rows[0];
            var askedValue = asked is { } a ? months.FirstOrDefault(v => v.Period == a) : null;
            return new IndicatorReport(row, standing, [.. months.Take(MonthsShown)], asked, askedValue);
        }, cancellationToken);

    [KernelFunction("get_furthest_off_target")]
    [ReadsOnly]
    [Description("Which indicators are off target and by how much (in their unit and as a share of the target), furthest off first; also which are on target and which have no target or no value.")]
    public async Task<PluginResult> GetFurthestOffTargetAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var standing = await ComputeStandingAsync(TurnScope.Of(kernel), cancellationToken);
        var off = standing.Rows.Where(r => r.Status == TargetStatus.OffTrack)
            .Select(r => new TargetGap(r, Math.Abs(r.Latest!.Value!.Value - r.Indicator.Target!.Value), ShareOf(r)))
            .OrderByDescending(g => g.Share)
            .ToList();
        var on = standing.Rows.Where(r => r.Status == TargetStatus.OnTrack).ToList();
        var notComparable = standing.Rows.Where(r => r.Status is TargetStatus.NoTarget or TargetStatus.NoValue).Select(r => r.Indicator).ToList();
        return new OffTargetResult(off, on, notComparable);
    }

    [KernelFunction("get_changes")]
    [ReadsOnly]
    [Description("Every value recorded or corrected during one calendar month (by when it was recorded), with who recorded it and what it corrected.")]
    public async Task<PluginResult> GetChangesAsync(
        Kernel kernel,
        [Description("The month the changes were made in, as YYYY-MM; omit for this month.")] string? month = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var recordedIn = Period.Of(scope.Today);
        if (!string.IsNullOrWhiteSpace(month) && !Period.TryParse(month.Trim(), out recordedIn))
        {
            return new InvalidInput($"I couldn't read '{month}' as a month. Try something like 2026-11.");
        }
        var changes = new List<RecordedChange>();
        foreach (var indicator in await scope.IndicatorsAsync(store, cancellationToken))
        {
            var history = await store.HistoryAsync(scope.Turn.Workspace, indicator.Key, cancellationToken);
            changes.AddRange(history
                .Where(v => Period.Of(DateOnly.FromDateTime(v.RecordedAt.UtcDateTime)) == recordedIn)
                .Select(v => new RecordedChange(indicator, v, history.FirstOrDefault(o => o.Period == v.Period && o.Revision == v.Revision - 1))));
        }
        return new ChangesResult(recordedIn, [.. changes.OrderByDescending(c => c.Value.RecordedAt)]);
    }

    [KernelFunction("get_quarter")]
    [ReadsOnly]
    [Description("Every indicator's value for each month of one calendar quarter (the latest revision of each month), for quarterly reviews.")]
    public async Task<PluginResult> GetQuarterAsync(
        Kernel kernel,
        [Description("The quarter as YYYY-Qn, e.g. '2026-Q3'.")] string quarter,
        CancellationToken cancellationToken = default)
    {
        if (QuarterPattern().Match(quarter.Trim()) is not { Success: true } match)
        {
            return new InvalidInput($"I couldn't read '{quarter}' as a quarter. Try something like 2026-Q3.");
        }
        var scope = TurnScope.Of(kernel);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
        var periods = Enumerable.Range(0, 3).Select(i => new Period(year, (number - 1) * 3 + 1 + i)).ToList();
        var rows = new List<QuarterRow>();
        foreach (var indicator in await scope.IndicatorsAsync(store, cancellationToken))
        {
            var months = LatestPerMonth(await store.HistoryAsync(scope.Turn.Workspace, indicator.Key, cancellationToken));
            rows.Add(new QuarterRow(indicator, [.. periods.Select(p => months.FirstOrDefault(v => v.Period == p))]));
        }
        return new QuarterResult(year, number, periods, rows);
    }

    /// <summary>The newest revision of each period, newest period first.</summary>
    private static List<RecordedValue> LatestPerMonth(IEnumerable<RecordedValue> history) =>
        [.. history.GroupBy(v => v.Period).Select(g => g.MaxBy(v => v.Revision)!).OrderByDescending(v => v.Period)];

    /// <summary>The gap as a share of the target, so a percent and a cost can be compared; a zero target counts the gap itself.</summary>
    private static decimal ShareOf(StandingRow row)
    {
        var target = row.Indicator.Target!.Value;
        var gap = Math.Abs(row.Latest!.Value!.Value - target);
        return target == 0 ? gap : gap / Math.Abs(target);
    }
}
