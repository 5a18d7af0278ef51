using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// What the classifier reads: the cleaned message with its particulars masked — indicator names
/// become "kpi", amounts "amtpct"/"amtmoney"/"amtdays"/"amtnum", months "whenmonth", people
/// "someone" — so it learns how things are said, not which indicator or number was said.
/// </summary>
public static partial class Features
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"<@[^>]+>|(?<![\w])@[a-z][\w.\-]*", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Person();

    [GeneratedRegex(@"[$€£]\s*\d[\d,]*(\.\d+)?\s*(k|m|bn)?\b|\b\d[\d,]*(\.\d+)?\s*(k|m|bn)?\s*(dollars?|usd|eur|gbp)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s*(%|percent\b|pct\b)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s*(days?|d|weeks?|wks?)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Days();

    [GeneratedRegex(@"\b\d[\d,]*(\.\d+)?(k|m)?\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();

    private static readonly string[] Names = [.. DefaultScoreboard.Indicators
        .SelectMany(i => i.Aliases.Append(i.Name).Append(i.Key).Append(i.Key.Replace('-', ' ')))
        .Select(n => n.ToLowerInvariant()).Distinct().OrderByDescending(n => n.Length)];

    /// <summary>Each name with a space either side, as it is looked for: made once, not on every message.</summary>
    private static readonly string[] NamesSpaced = [.. Names.Select(n => " " + n + " ")];

    /// <summary>The indicators' names and aliases, lower-case: words the <see cref="Speller"/> always knows.</summary>
    public static IReadOnlyList<string> IndicatorNames => Names;

    public static string Of(string message, DateOnly today) => Of(message, today, null);

    /// <param name="speller">Mends misspelt words before the indicators' names are masked, so "wni rate" is a name again.</param>
    public static string Of(string message, DateOnly today, Speller? speller) => Of(Particulars(message, today), speller);

    /// <param name="particulars">What <see cref="Particulars"/> made of a message.</param>
    public static string Of(string particulars, Speller? speller) => Concepts.Marked(NamesMasked(speller is null ? particulars : speller.Mend(particulars)));

    /// <summary>The cleaned message with its months, people and amounts masked, the indicators' names still in it.</summary>
    public static string Particulars(string message, DateOnly today)
    {
        var text = Utterance.Clean(message);
        if (PeriodPhrases.Find(text, today) is { } period)
        {
            text = text.Replace(period.Matched, " whenmonth ", StringComparison.OrdinalIgnoreCase);
        }
        text = Person().Replace(text, " someone ");
        text = Money().Replace(text, " amtmoney ");
        text = Percent().Replace(text, " amtpct ");
        text = Days().Replace(text, " amtdays ");
        text = Number().Replace(text, " amtnum ");
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string NamesMasked(string text)
    {
        text = " " + text + " ";
        foreach (var name in NamesSpaced)
        {
            text = text.Replace(name, " kpi ", StringComparison.Ordinal);
        }
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
