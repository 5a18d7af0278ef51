using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// Reads the slots of a message the classifier labelled, with the existing parsers: the indicator
/// (<see cref="IndicatorMatcher"/> over the message's word windows, refusing when two fit), the
/// amount, the month (<see cref="PeriodPhrases"/>) and the person (a mention, or "me").
/// </summary>
public static class SlotReader
{
    private const int LongestName = 5;

    /// <summary>The one indicator the message names; null when none or several do.</summary>
    public static string? Indicator(string cleaned, IReadOnlyList<Indicator> board)
    {
        // "time to proof's owner": the possessive is not part of the name.
        cleaned = cleaned.Replace("'s ", " ", StringComparison.Ordinal).Replace("’s ", " ", StringComparison.Ordinal);
        var named = LongestNamed(cleaned, IndicatorMatcher.MentionedIn(cleaned, board));
        if (named.Count > 0)
        {
            // Two rows named outright are two, whatever a looser window would make of the words.
            return named.Count == 1 ? named[0].Key : null;
        }
        var words = cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // A window without a word that may be part of a name matches nothing: most windows of a message are skipped.
        Span<bool> mayName = words.Length <= 64 ? stackalloc bool[words.Length] : new bool[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            mayName[i] = IndicatorMatcher.MayName(words[i], board);
        }
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var length = Math.Min(LongestName, words.Length); length >= 1 && found.Count == 0; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (mayName.Slice(start, length).Contains(true) && IndicatorMatcher.Match(string.Join(' ', words, start, length), board).Indicator is { } row)
                {
                    found.Add(row.Key);
                }
            }
        }
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>
    /// The rows named, less those whose name is only part of another's: "time to proof" names one
    /// row, though "proof" alone names another.
    /// </summary>
    private static IReadOnlyList<Indicator> LongestNamed(string cleaned, IReadOnlyList<Indicator> named)
    {
        if (named.Count < 2)
        {
            return named;
        }
        var text = " " + Spaced(cleaned) + " ";
        var said = named.ToDictionary(row => row, row => row.Aliases.Append(row.Name).Append(row.Key).Select(Spaced)
            .Where(name => text.Contains(" " + name + " ", StringComparison.Ordinal)).ToList());
        return [.. named.Where(row => said[row].Count == 0 || !said[row].All(name => said.Any(other => other.Key != row
            && other.Value.Any(longer => longer.Length > name.Length && (" " + longer + " ").Contains(" " + name + " ", StringComparison.Ordinal)))))];
    }

    private static string Spaced(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '-', '\t', ',', '.', '?', '!', ':'], StringSplitOptions.RemoveEmptyEntries));

    public static Period? Month(string cleaned, DateOnly today) => PeriodPhrases.Find(cleaned, today)?.Period;

    /// <summary>The one amount in the message once the month is cut out ("for 2026-09" is not an amount).</summary>
    public static string? Amount(string cleaned, DateOnly today)
    {
        var rest = PeriodPhrases.Find(cleaned, today) is { } period ? cleaned.Replace(period.Matched, " ", StringComparison.OrdinalIgnoreCase) : cleaned;
        return EverydayPhrases.OnlyAmountIn(rest);
    }

    /// <summary>The one person mentioned, or the speaker for "me".</summary>
    public static string? Person(string message, string cleaned)
    {
        var mentioned = MentionSyntax.Find(message);
        if (mentioned.Count == 1)
        {
            return mentioned[0].Id;
        }
        var words = cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return mentioned.Count == 0 && (words.Contains("me") || words.Contains("myself") || words.Contains("i'll") || words.Contains("i'm")) ? IntentReader.Me : null;
    }
}
