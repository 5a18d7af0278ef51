using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Board;
using ChatCoach.Plugins.Charts;
using ChatCoach.Plugins.Scoreboard;

namespace ChatCoach.Planner.LanguageModel.Grounding;

/// <summary>
/// Every number this turn's function results can back: recorded values and targets in the forms
/// the bot writes them (31% also as 0.31, 14 days also as 2 weeks), differences and relative
/// changes between two values of the same indicator, the counts a standing implies, and the
/// year, month and day of every period and recording date. Nothing else — not the person's own
/// message, not earlier turns.
/// </summary>
public sealed partial class BackedFigures
{
    private readonly HashSet<decimal> _figures = [];

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DigitsInText();

    public BackedFigures(IEnumerable<PluginResult> results)
    {
        foreach (var result in results)
        {
            Add(result);
        }
    }

    public IReadOnlyCollection<decimal> Figures => _figures;

    public bool Backs(WrittenNumber number) => _figures.Any(number.Stands);

    private void Add(PluginResult result)
    {
        switch (result)
        {
            case BoardResult board:
                // The board's figures are exactly those its own rendering shows.
                AddText(BoardReplies.Compose(board).PlainText);
                break;
            case StandingResult s:
                AddStanding(s.Standing);
                break;
            case MissingResult m:
                AddStanding(m.Standing);
                break;
            case OwnersResult o:
                AddCount(o.Indicators.Count);
                o.Indicators.ToList().ForEach(i => AddIndicator(i, []));
                break;
            case HistoryResult h:
                AddCount(h.Revisions.Count);
                AddIndicator(h.Indicator, h.Revisions);
                break;
            case ChartResult c:
                // What the picture plots, and the words the bot itself writes under it.
                AddIndicator(c.Trend.Indicator, [.. c.Trend.Recorded.Select(p => p.Stands!)]);
                AddText(ChartReplies.Trend(c).PlainText);
                break;
            case PanelResult p:
                AddStanding(p.Standing);
                break;
            case ValueRecorded v:
                AddIndicator(v.Indicator, v.Replaced is { } old ? [v.Recorded, old] : [v.Recorded]);
                break;
            case TargetChanged t:
                AddIndicator(t.Indicator, [], t.Previous, t.Target);
                break;
            case OwnerChanged o:
                AddIndicator(o.Indicator, []);
                break;
            case Refusal { Indicator: { } refused }:
                AddIndicator(refused, []);
                break;
            case UnknownIndicator u:
                u.Candidates.ToList().ForEach(i => AddIndicator(i, []));
                break;
            case IndicatorReport r:
                AddIndicator(r.Indicator, r.Months);
                break;
            case OffTargetResult or ChangesResult or QuarterResult:
                // Their figures are recorded values and targets, and the gaps and shares the bot's own rendering shows.
                AddText(ResultRendering.Render(result).PlainText);
                break;
            case var readiness when ResultRendering.IsReadiness(readiness):
                // The survey's figures are exactly those its own rendering shows.
                AddText(ResultRendering.Render(readiness).PlainText);
                break;
            case InvalidInput { Indicator: { } invalid } i:
                AddIndicator(invalid, []);
                AddText(i.Message);
                break;
        }
    }

    private void AddStanding(Standing standing)
    {
        AddCount(standing.Rows.Count);
        AddCount(standing.ReportedCount);
        AddCount(standing.Rows.Count - standing.ReportedCount);
        AddCount(standing.Rows.Count(r => r.NotAvailableForCurrentPeriod));
        // The month turn's "1 already with November 2026" (decision 0009) is the standing's own count too.
        AddCount(standing.ReportedAhead.Count());
        AddPeriod(standing.ReportingPeriod);
        AddDate(standing.AsOf);
        foreach (var row in standing.Rows)
        {
            AddIndicator(row.Indicator, new[] { row.Latest, row.Previous, row.CurrentPeriodEntry }.OfType<RecordedValue>().ToList());
            if (row.Change is { } change)
            {
                AddAmount(change, row.Indicator.Unit);
            }
        }
    }

    /// <summary>An indicator's own figures, and what can be computed from any two of them.</summary>
    private void AddIndicator(Indicator indicator, IReadOnlyList<RecordedValue> values, params decimal?[] more)
    {
        AddText(indicator.Name);
        foreach (var value in values)
        {
            AddPeriod(value.Period);
            AddCount(value.Revision);
            AddDate(DateOnly.FromDateTime(value.RecordedAt.UtcDateTime));
            AddText(value.Note);
        }
        var amounts = values.Where(v => v.HasNumber).Select(v => v.Value!.Value)
            .Concat(more.OfType<decimal>())
            .Append(indicator.Target ?? decimal.MinValue)
            .Where(a => a != decimal.MinValue)
            .Distinct()
            .ToList();
        amounts.ForEach(a => AddAmount(a, indicator.Unit));
        foreach (var a in amounts)
        {
            foreach (var b in amounts.Where(b => b != a))
            {
                AddAmount(a - b, indicator.Unit);
                if (b != 0)
                {
                    // "down 12% since July": a relative change, computed from two recorded values.
                    _figures.Add(Math.Abs(Math.Round((a - b) / b * 100, 2)));
                }
            }
        }
    }

    /// <summary>An amount in every form the bot or a careful writer uses for its unit.</summary>
    private void AddAmount(decimal amount, Unit unit)
    {
        var size = Math.Abs(amount);
        _figures.Add(size);
        if (unit == Unit.Percent)
        {
            _figures.Add(size / 100); // 31% as 0.31
        }
        if (unit == Unit.Days)
        {
            _figures.Add(Math.Round(size / 7, 2)); // 14 days as 2 weeks
        }
    }

    private void AddCount(int count) => _figures.Add(count);

    private void AddPeriod(Period period)
    {
        _figures.Add(period.Year);
        _figures.Add(period.Month);
    }

    private void AddDate(DateOnly date)
    {
        _figures.Add(date.Year);
        _figures.Add(date.Month);
        _figures.Add(date.Day);
    }

    /// <summary>Numbers inside returned text (an indicator's name, a note someone recorded) are theirs to repeat.</summary>
    private void AddText(string? text)
    {
        foreach (Match match in DigitsInText().Matches(text ?? ""))
        {
            _figures.Add(decimal.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
