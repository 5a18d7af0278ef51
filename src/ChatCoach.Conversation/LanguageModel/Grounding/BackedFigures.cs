using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Conversation.LanguageModel.Grounding;

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

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitsInText();

    public BackedFigures(IEnumerable<PluginResult> results)
    {
        foreach (var result in results)
        {
            ResultPresenters.For(result).Back(result, this);
        }
    }

    public IReadOnlyCollection<decimal> Figures => _figures;

    public bool Backs(WrittenNumber number) => _figures.Any(number.Stands);

    public void AddStanding(Standing standing)
    {
        AddCount(standing.Rows.Count);
        AddCount(standing.ReportedCount);
        AddCount(standing.Rows.Count - standing.ReportedCount);
        AddCount(standing.Rows.Count(r => r.NotAvailableForCurrentPeriod));
        // The month turn's "1 already with November 2026" (decision 0009) is the standing's own count too.
        AddCount(standing.ReportedAhead.Count());
        AddPeriod(standing.ReportingPeriod);
        AddDate(standing.AsOf);
        // "November due by Dec 5": the due day every row's wording names.
        AddCount(standing.DueDay);
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
    public void AddIndicator(Indicator indicator, IReadOnlyList<RecordedValue> values, params decimal?[] more)
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
    public void AddAmount(decimal amount, Unit unit)
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

    public void AddCount(int count) => _figures.Add(count);

    public void AddPeriod(Period period)
    {
        _figures.Add(period.Year);
        _figures.Add(period.Month);
    }

    public void AddDate(DateOnly date)
    {
        _figures.Add(date.Year);
        _figures.Add(date.Month);
        _figures.Add(date.Day);
    }

    /// <summary>Numbers inside returned text (an indicator's name, a note someone recorded) are theirs to repeat.</summary>
    public void AddText(string? text)
    {
        foreach (Match match in DigitsInText().Matches(text ?? ""))
        {
            _figures.Add(decimal.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
