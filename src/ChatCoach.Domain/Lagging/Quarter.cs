using System.Globalization;
using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Lagging;

/// <summary>A calendar quarter that a lagging metric is reviewed for, written "2026-Q3".</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    [GeneratedRegex(@"\b(q(?<q>[1-4])\s*(of\s+)?(?<y>\d{4})|(?<y>\d{4})\s*-?\s*q(?<q>[1-4]))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Written();

    [GeneratedRegex(@"\bq(?<q>[1-4])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bare();

    public static Quarter Of(Period month) => new(month.Year, (month.Month - 1) / 3 + 1);

    public static Quarter Of(DateOnly day) => Of(Period.Of(day));

    /// <summary>The quarter that ended last: what a quarterly review looks at by default.</summary>
    public static Quarter LastEnded(DateOnly today) => Of(today).Previous;

    public IReadOnlyList<Period> Months => [new(Year, Number * 3 - 2), new(Year, Number * 3 - 1), new(Year, Number * 3)];

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>A quarter can be reported once its last month has ended.</summary>
    public bool HasEnded(DateOnly today) => ReportingCalendar.IsClosed(Months[2], today);

    public string Display => $"Q{Number} {Year}";

    public override string ToString() => $"{Year:D4}-Q{Number}";

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = Written().Match(text ?? "");
        if (!match.Success || match.Length != (text ?? "").Trim().Length)
        {
            return false;
        }
        quarter = FromMatch(match);
        return true;
    }

    /// <summary>The quarter named in a sentence ("Q3 2026", "2026-Q3", or "Q3" for the latest Q3 that has begun), with the matched words.</summary>
    public static (Quarter Quarter, string Matched)? Find(string text, DateOnly today)
    {
        if (Written().Match(text) is { Success: true } written)
        {
            return (FromMatch(written), written.Value);
        }
        if (Bare().Match(text) is not { Success: true } bare)
        {
            return null;
        }
        var candidate = new Quarter(today.Year, int.Parse(bare.Groups["q"].Value, CultureInfo.InvariantCulture));
        return (candidate.CompareTo(Of(today)) > 0 ? candidate with { Year = today.Year - 1 } : candidate, bare.Value);
    }

    private static Quarter FromMatch(Match match) => new(
        int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture));

    public int CompareTo(Quarter other) => (Year * 4 + Number).CompareTo(other.Year * 4 + other.Number);
}
