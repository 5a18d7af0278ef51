using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>"chart of cost per opp", "trend of win rate", "show win rate over the last year", "… since January", "… last 6 months".</summary>
/// <param name="Since">The first month as the person wrote it; the chart function reads it.</param>
public sealed record ShowChart(string Indicator, int? Months, string? Since) : Intent;

/// <summary>"instrument panel", "show the panel": one picture of every indicator.</summary>
public sealed record ShowPanel : Intent;

/// <summary>
/// Reads requests for pictures. "trend of X" used to mean the history table; a trend is a chart
/// now, and "history of X" still gives the table.
/// </summary>
public static partial class ChartPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Window = @"(\s+(?<window>((over|in|for|during|from)\s+)?(the\s+)?(last|past)\s+.+|since\s+.+))?";

    [GeneratedRegex(@"^((show|draw|plot|give|send)( me)? )?(an? |the )?(instrument )?panel$|^instrument panel$|^(show |draw )?(the )?(scoreboard|standing) as an? (picture|image|chart)$", Options)]
    private static partial Regex Panel();

    [GeneratedRegex(@"^((show|draw|plot|give|send)( me)? )?(an? |the )?(line )?(chart|graph|plot|trend|trend line|picture)s? (of|for) (?<ind>.+?)" + Window + "$", Options)]
    private static partial Regex ChartOf();

    [GeneratedRegex(@"^(chart|graph|plot) (?<ind>.+?)" + Window + "$", Options)]
    private static partial Regex Verb();

    [GeneratedRegex(@"^(show|draw)( me)? (?<ind>.+?)\s+(?<window>((over|in|for|during|from)\s+)?(the\s+)?(last|past)\s+.+|since\s+.+)$", Options)]
    private static partial Regex OverTime();

    [GeneratedRegex(@"(last|past)\s+(?<n>\d+|an?|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)?\s*(?<unit>months?|years?)$", Options)]
    private static partial Regex LastN();

    [GeneratedRegex(@"^since\s+(?<when>.+)$", Options)]
    private static partial Regex Since();

    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static Intent? Read(string text)
    {
        if (Panel().IsMatch(text))
        {
            return new ShowPanel();
        }
        var match = new[] { ChartOf(), Verb(), OverTime() }.Select(r => r.Match(text)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            return null;
        }
        var window = match.Groups["window"].Value.Trim();
        if (window.Length == 0)
        {
            return new ShowChart(match.Groups["ind"].Value, null, null);
        }
        if (Since().Match(window) is { Success: true } since)
        {
            return new ShowChart(match.Groups["ind"].Value, null, since.Groups["when"].Value);
        }
        // "show win rate over the summer": not a window we read, so not a chart request.
        return LastN().Match(window) is { Success: true } last ? new ShowChart(match.Groups["ind"].Value, Months(last), null) : null;
    }

    private static int Months(Match last)
    {
        var word = last.Groups["n"].Value.ToLowerInvariant();
        var n = word switch
        {
            "" or "a" or "an" => 1,
            "eighteen" => 18,
            "twenty-four" => 24,
            _ when int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) => digits,
            _ => Math.Max(1, Array.IndexOf(Numbers, word)),
        };
        return last.Groups["unit"].Value.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? n * 12 : n;
    }
}
