using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Reads the month people name: "November 2026", "Nov 2026", "October" (the latest October that has
/// begun), "last month", "this month", "2026-10".
/// </summary>
public static partial class PeriodPhrases
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    [GeneratedRegex(@"\b(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?(\s+(?<year>\d{4}))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b(last|previous|this|current)\s+month\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelativePattern();

    /// <summary>The period named in <paramref name="text"/>, with the matched words so callers can cut them out.</summary>
    public static (Period Period, string Matched)? Find(string text, DateOnly today)
    {
        var iso = IsoPattern().Match(text);
        if (iso.Success && Period.TryParse(iso.Value, out var isoPeriod))
        {
            return (isoPeriod, iso.Value);
        }
        var relative = RelativePattern().Match(text);
        if (relative.Success)
        {
            var thisMonth = Period.Of(today);
            var word = relative.Groups[1].Value.ToLowerInvariant();
            return (word is "last" or "previous" ? thisMonth.Previous : thisMonth, relative.Value);
        }
        var named = MonthPattern().Match(text);
        if (!named.Success)
        {
            return null;
        }
        var month = MonthNumber(named.Groups["month"].Value);
        if (named.Groups["year"].Success)
        {
            return (new Period(int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture), month), named.Value);
        }
        var candidate = new Period(today.Year, month);
        return (candidate > Period.Of(today) ? new Period(today.Year - 1, month) : candidate, named.Value);
    }

    private static int MonthNumber(string word)
    {
        var prefix = word[..3].ToLowerInvariant();
        return Array.FindIndex(MonthNames, m => m.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) + 1;
    }
}
