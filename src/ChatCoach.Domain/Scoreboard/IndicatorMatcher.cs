using System.Runtime.CompilerServices;
using System.Text;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Finds the indicator a person means from how they say it: its key, its name, or a loose version
/// of either ("cost per opp", "win rate", "Proof"). Refuses to guess between two close matches.
/// </summary>
public static class IndicatorMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "on", "our", "we", "to", "by", "in", "is", "and", "from", "value", "number",
        "indicator", "metric", "what", "s", "my", "this", "that", "per",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["opp"] = "opportunity", ["opps"] = "opportunity", ["opportunities"] = "opportunity", ["oppty"] = "opportunity",
        ["qualified"] = "qualified", ["winrate"] = "win rate", ["%"] = "percent",
    };

    /// <summary>The best match, or null with the candidates when nothing or more than one fits.</summary>
    public static IndicatorMatch Match(string phrase, IReadOnlyList<Indicator> indicators)
    {
        var wanted = Tokens(phrase);
        if (wanted.Count == 0)
        {
            return new IndicatorMatch(null, []);
        }
        // Plain loops: every message is matched against every row, several times per turn.
        var scores = new double[indicators.Count];
        var best = -1;
        for (var i = 0; i < indicators.Count; i++)
        {
            scores[i] = Score(indicators[i], phrase, wanted);
            if (scores[i] >= 0.5 && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return new IndicatorMatch(null, []);
        }
        var rivals = new List<(Indicator Indicator, double Score)>();
        for (var i = 0; i < indicators.Count; i++)
        {
            if (scores[i] >= 0.5 && scores[i] >= scores[best] - 0.05)
            {
                rivals.Add((indicators[i], scores[i]));
            }
        }
        // Best first, ties in board order, as the candidates are offered to the person.
        var candidates = rivals.OrderByDescending(r => r.Score).Select(r => r.Indicator).ToList();
        return candidates.Count == 1 ? new IndicatorMatch(indicators[best], candidates) : new IndicatorMatch(null, candidates);
    }

    /// <summary>Indicators whose key, name or alias appears word for word inside a longer text.</summary>
    public static IReadOnlyList<Indicator> MentionedIn(string text, IReadOnlyList<Indicator> indicators)
    {
        var haystack = " " + string.Join(' ', Normalise(text)) + " ";
        var mentioned = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            foreach (var name in NamesSpaced.GetValue(indicator, NamesNormalised))
            {
                if (haystack.Contains(name, StringComparison.Ordinal))
                {
                    mentioned.Add(indicator);
                    break;
                }
            }
        }
        return mentioned;
    }

    /// <summary>
    /// Whether a word may be part of a phrase that names one of the indicators: a word of a name, a
    /// typo of one, or a key. A phrase made only of words for which this is false matches nothing
    /// (<see cref="Match"/> gives no indicator and no candidates), so a reader trying every window of
    /// a message can skip the windows made of them without changing what it finds.
    /// </summary>
    public static bool MayName(string word, IReadOnlyList<Indicator> indicators)
    {
        var wanted = Tokens(word);
        if (wanted.Count == 0)
        {
            return false;
        }
        foreach (var indicator in indicators)
        {
            // A key with a space in it could be matched whole by a window of several words: no skipping then.
            if (indicator.Key.Contains(' ', StringComparison.Ordinal) || Score(indicator, word, wanted) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static double Score(Indicator indicator, string phrase, List<string> wanted)
    {
        if (string.Equals(phrase.Trim(), indicator.Key, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }
        var row = NameWords.GetValue(indicator, NamesTokenised);
        var relations = new byte[wanted.Count][];
        for (var w = 0; w < wanted.Count; w++)
        {
            relations[w] = row.Relations(wanted[w]);
        }
        var best = 0.0;
        for (var n = 0; n < row.Names.Length; n++)
        {
            best = Math.Max(best, Overlap(relations, n, row.Names[n].Count));
        }
        return best;
    }

    /// <summary>
    /// Each row's names, tokenised once per row object: the stores hand out the same rows turn after
    /// turn while the board is unchanged, and every message is matched against all of them.
    /// </summary>
    private static readonly ConditionalWeakTable<Indicator, IndicatorNameWords> NameWords = new();

    private static IndicatorNameWords NamesTokenised(Indicator indicator) => new([.. Names(indicator).Select(Tokens)], AnyTypo);

    /// <summary>Each row's names normalised and padded with a space each side, as <see cref="MentionedIn"/> looks for them.</summary>
    private static readonly ConditionalWeakTable<Indicator, string[]> NamesSpaced = new();

    private static string[] NamesNormalised(Indicator indicator) => [.. Names(indicator).Select(n => " " + string.Join(' ', Normalise(n)) + " ")];

    private const double TypoWeight = 0.9;

    private static IEnumerable<string> Names(Indicator indicator) =>
        indicator.Aliases.Append(indicator.Name).Append(indicator.Key.Replace('-', ' '));

    /// <summary>Mostly how much of what was said the name covers, a little how much of the name was said.</summary>
    /// <param name="relations">For each word said, how it relates to each name (<see cref="IndicatorNameWords.Relations"/>).</param>
    private static double Overlap(byte[][] relations, int name, int nameWords)
    {
        if (nameWords == 0)
        {
            return 0;
        }
        var common = 0.0;
        foreach (var word in relations)
        {
            common += word[name] switch
            {
                IndicatorNameWords.Present => 1.0,
                IndicatorNameWords.Slip => TypoWeight,
                _ => 0,
            };
        }
        if (common == 0)
        {
            return 0;
        }
        var coverage = common / relations.Length;
        var completeness = common / nameWords;
        return coverage * 0.8 + completeness * 0.2 + (coverage == 1 && completeness == 1 ? 0.5 : 0);
    }

    private static bool AnyTypo(string typed, List<string> name)
    {
        foreach (var word in name)
        {
            if (Typo(typed, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A typed word that is one slip (two in a long word) away from a name's word. Short words and
    /// words with digits must be exact: "Alpha3" is a different row from "Alpha2", not a typo of it.
    /// </summary>
    private static bool Typo(string typed, string word)
    {
        if (HasDigit(typed) || HasDigit(word))
        {
            return false;
        }
        var shorter = Math.Min(typed.Length, word.Length);
        var allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && Math.Abs(typed.Length - word.Length) <= allowed
            && (AtMostOneEdit(typed, word) || allowed == 2 && EditDistance(typed, word) <= 2);
    }

    /// <summary>
    /// <see cref="EditDistance"/> ≤ 1 in one pass, without the table: every word of a message is
    /// compared with every word of every name, and nearly all pairs differ at once.
    /// </summary>
    public static bool AtMostOneEdit(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length > 1)
        {
            return false;
        }
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }
        if (i == shorter.Length)
        {
            return true;
        }
        var shortRest = shorter.AsSpan(i);
        var longRest = longer.AsSpan(i);
        if (shorter.Length != longer.Length)
        {
            // One letter more in the longer word, here.
            return longRest[1..].SequenceEqual(shortRest);
        }
        // One letter changed here, or two neighbours swapped.
        return shortRest[1..].SequenceEqual(longRest[1..])
            || shortRest.Length >= 2 && shortRest[0] == longRest[1] && shortRest[1] == longRest[0] && shortRest[2..].SequenceEqual(longRest[2..]);
    }

    // A loop, not string.Any: that boxes an enumerator for every pair of words compared.
    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours each cost one.</summary>
    public static int EditDistance(string a, string b)
    {
        // Three rolling rows (the swap looks two back) on the stack: words are short, and this runs
        // for every word of every message against every word of every row.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        for (var j = 0; j < width; j++)
        {
            rows[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var current = rows.Slice(i % 3 * width, width);
            var previous = rows.Slice((i - 1) % 3 * width, width);
            var beforeThat = rows.Slice((i + 1) % 3 * width, width);
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforeThat[j - 2] + 1);
                }
            }
        }
        return rows[a.Length % 3 * width + b.Length];
    }

    private static List<string> Tokens(string text)
    {
        // A loop rather than Where/Distinct: this runs for every window of every message read.
        var tokens = new List<string>();
        foreach (var token in Normalise(text))
        {
            if (!StopWords.Contains(token) && !tokens.Contains(token))
            {
                tokens.Add(token);
            }
        }
        return tokens;
    }

    private static IEnumerable<string> Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '%' ? c : ' ');
        }
        foreach (var word in builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var synonym = Synonyms.GetValueOrDefault(word) ?? Singular(word);
            foreach (var part in synonym.Split(' '))
            {
                yield return part;
            }
        }
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}

/// <summary>The indicator meant, or the candidates when the phrase fits none or several.</summary>
public sealed record IndicatorMatch(Indicator? Indicator, IReadOnlyList<Indicator> Candidates);
