using System.Globalization;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Board;

/// <summary>What an import would store, per workspace, or every problem that stops it.</summary>
public sealed record ImportPlan(IReadOnlyDictionary<WorkspaceId, IReadOnlyList<NewValue>> Values, int AlreadyThere, IReadOnlyList<string> Problems,
    IReadOnlyDictionary<WorkspaceId, IReadOnlyList<NewLaggingValue>>? Lagging = null)
{
    public int Count => Values.Values.Sum(v => v.Count) + (Lagging?.Values.Sum(v => v.Count) ?? 0);
}

/// <summary>
/// Export and import of monthly and quarterly (lagging) values as CSV (<see cref="ScoreboardCsv"/>). An import keeps each
/// value's original recorder and time and says in its note who imported it, when and from which
/// file; a row already stored exactly so is skipped, so importing the same file twice adds nothing.
/// </summary>
public sealed class ScoreboardTransfer(IScoreboardStore scoreboard, IScoreboardArchive archive)
{
    public async Task<string> ExportAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        ScoreboardCsv.Write(workspace, await scoreboard.AllIndicatorsAsync(workspace, cancellationToken), await archive.AllValuesAsync(workspace, cancellationToken),
            await archive.AllLaggingValuesAsync(workspace, cancellationToken));

    public async Task<ImportPlan> PlanAsync(string csv, string file, UserRef importer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (rows, problems) = ScoreboardCsv.Read(csv);
        var plan = new Dictionary<WorkspaceId, IReadOnlyList<NewValue>>();
        var lagging = new Dictionary<WorkspaceId, IReadOnlyList<NewLaggingValue>>();
        var problemList = problems.ToList();
        var alreadyThere = 0;
        foreach (var group in rows.GroupBy(r => r.Workspace))
        {
            await scoreboard.EnsureWorkspaceAsync(group.Key, cancellationToken);
            var indicators = (await scoreboard.AllIndicatorsAsync(group.Key, cancellationToken)).ToDictionary(i => i.Key, StringComparer.Ordinal);
            var stored = (await archive.AllValuesAsync(group.Key, cancellationToken)).ToHashSet();
            var values = new List<NewValue>();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var quarterly = await QuarterlyAsync(group.Key, group.Where(r => r.Quarter is not null), indicators.Values, today, file, importer, now, cancellationToken);
            problemList.AddRange(quarterly.Problems);
            alreadyThere += quarterly.AlreadyThere;
            lagging[group.Key] = quarterly.Values;
            foreach (var row in group.Where(r => r.Quarter is null))
            {
                if (Problem(row, indicators, today) is { } problem)
                {
                    problemList.Add($"line {row.Line}: {problem}");
                }
                else if (stored.Any(s => Same(s, row)))
                {
                    alreadyThere++;
                }
                else
                {
                    values.Add(new NewValue(row.IndicatorKey, row.Period, row.Kind, row.Value, row.RecordedBy, row.RecordedAt, row.Channel, Note(row, file, importer, now)));
                }
            }
            plan[group.Key] = values;
        }
        problemList.Sort(StringComparer.Ordinal);
        return new ImportPlan(plan, alreadyThere, problemList, lagging);
    }

    /// <summary>Stores the plan, each workspace in one transaction; callers store only a plan without problems.</summary>
    public async Task StoreAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        foreach (var (workspace, values) in plan.Values)
        {
            await archive.ImportAsync(workspace, values, plan.Lagging?.GetValueOrDefault(workspace) ?? [], cancellationToken);
        }
    }

    private static string? Problem(CsvRow row, Dictionary<string, Indicator> indicators, DateOnly today)
    {
        if (!indicators.TryGetValue(row.IndicatorKey, out var indicator))
        {
            return $"workspace {row.Workspace} has no indicator '{row.IndicatorKey}'.";
        }
        if (!ReportingCalendar.IsClosed(row.Period, today))
        {
            return $"{row.Period.Display} hasn't ended yet, so it can't have a monthly value.";
        }
        if (row.Value is { } value && ValueParser.Parse(ValueFormatter.Invariant(value), indicator.Unit) is { Ok: false } parsed)
        {
            return parsed.Error;
        }
        return null;
    }

    /// <summary>
    /// The quarterly rows of one workspace. A metric is known when a row (retired ones included)
    /// names it or a value of it is stored, so history of a metric since dropped still loads.
    /// </summary>
    private async Task<(List<NewLaggingValue> Values, List<string> Problems, int AlreadyThere)> QuarterlyAsync(WorkspaceId workspace, IEnumerable<CsvRow> rows,
        IEnumerable<Indicator> indicators, DateOnly today, string file, UserRef importer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await archive.AllLaggingValuesAsync(workspace, cancellationToken);
        var known = LaggingMetrics.Of(indicators.Select(i => i with { RetiredAt = null }).ToList()).Select(m => m.Key).Concat(stored.Select(s => s.MetricKey)).ToHashSet();
        var result = (Values: new List<NewLaggingValue>(), Problems: new List<string>(), AlreadyThere: 0);
        foreach (var row in rows)
        {
            var quarter = row.Quarter!.Value;
            var unit = UnitWords.ReadUnit(row.Unit)!.Value;
            if (!known.Contains(row.IndicatorKey))
            {
                result.Problems.Add($"line {row.Line}: workspace {workspace} has no lagging metric '{row.IndicatorKey}'.");
            }
            else if (!quarter.HasEnded(today))
            {
                result.Problems.Add($"line {row.Line}: {quarter.Display} hasn't ended yet, so it can't have a quarterly value.");
            }
            else if (stored.Any(s => s.MetricKey == row.IndicatorKey && s.Quarter == quarter && s.Value == row.Value && s.RecordedBy == row.RecordedBy && s.RecordedAt == row.RecordedAt))
            {
                result.AlreadyThere++;
            }
            else
            {
                var name = string.IsNullOrWhiteSpace(row.IndicatorName) ? row.IndicatorKey : row.IndicatorName.Trim();
                result.Values.Add(new NewLaggingValue(row.IndicatorKey, name, quarter, row.Value!.Value, unit, row.RecordedBy, row.RecordedAt, row.Channel, Note(row, file, importer, now)));
            }
        }
        return result;
    }

    private static bool Same(RecordedValue stored, CsvRow row) =>
        stored.IndicatorKey == row.IndicatorKey && stored.Period == row.Period && stored.Kind == row.Kind && stored.Value == row.Value
        && stored.RecordedBy == row.RecordedBy && stored.RecordedAt == row.RecordedAt;

    private static string Note(CsvRow row, string file, UserRef importer, DateTimeOffset now)
    {
        var imported = $"imported by {importer} at {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC from {file}";
        return row.Note is { Length: > 0 } note && !note.StartsWith("imported by ", StringComparison.Ordinal) ? $"{imported}; {note}" : imported;
    }
}
