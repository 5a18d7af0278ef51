namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// Mends a misspelt word to the word it most likely meant, among the words the classifier was trained
/// on ("scorebaord" → "scoreboard", "onwers" → "owners"): one letter dropped, added, changed or two
/// swapped. Only words seen in at least two training utterances are targets, so a typo in the corpus
/// is never a word others are mended to; short words, numbers and known words are left alone.
/// Lookups go through an index of every known word with one letter deleted, so mending costs a few
/// dictionary hits, not a scan of the vocabulary.
/// </summary>
public sealed class Speller
{
    /// <summary>Shorter words have too many neighbours one letter away ("the" → "she", "he", "tie").</summary>
    private const int Shortest = 4;

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _oneDeleted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _seenBySpan;
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _oneDeletedBySpan;

    /// <param name="utterances">The training texts as the classifier reads them (see <see cref="Features"/>).</param>
    /// <param name="alwaysKnown">Words known even when rare in the corpus: the indicators' own names.</param>
    public Speller(IEnumerable<string> utterances, IEnumerable<string> alwaysKnown)
    {
        _seenBySpan = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        _oneDeletedBySpan = _oneDeleted.GetAlternateLookup<ReadOnlySpan<char>>();
        var inRows = utterances.SelectMany(u => Words(u).Distinct()).CountBy(w => w, StringComparer.Ordinal);
        foreach (var (word, rows) in inRows.Where(w => w.Value >= 2).Concat(alwaysKnown.SelectMany(Words).Select(w => new KeyValuePair<string, int>(w, 2))))
        {
            if (word.All(char.IsLetter) && !_seen.ContainsKey(word))
            {
                _seen[word] = rows;
                foreach (var deleted in OneDeleted(word))
                {
                    (_oneDeleted.TryGetValue(deleted, out var list) ? list : _oneDeleted[deleted] = []).Add(word);
                }
            }
        }
    }

    /// <summary>The text with each unknown word mended where one known word is close enough.</summary>
    public string Mend(string text)
    {
        if (!SingleSpaced(text))
        {
            text = string.Join(' ', Words(text));
        }
        // Most messages have no word to mend: the text is kept as it is, not split and joined again.
        var mended = default(System.Text.StringBuilder);
        for (int start = 0, end; start < text.Length; start = end + 1)
        {
            end = text.IndexOf(' ', start) is var space and >= 0 ? space : text.Length;
            var word = text.AsSpan(start, end - start);
            var mend = NeedsMending(word) ? MendWord(word.ToString()) : null;
            if (mend is not null && mended is null && !word.SequenceEqual(mend))
            {
                mended = new System.Text.StringBuilder(text.Length + 8).Append(text, 0, start);
            }
            if (mended is not null)
            {
                (mend is null ? mended.Append(word) : mended.Append(mend)).Append(end < text.Length ? " " : "");
            }
        }
        return mended?.ToString() ?? text;
    }

    public string MendWord(string word)
    {
        if (!NeedsMending(word))
        {
            return word;
        }
        // Known words one letter longer (a letter dropped), sharing a one-letter deletion (one changed, two swapped),
        // or one letter shorter (a letter added): looked up by span, so only the answer is a new string.
        var best = Better(null, word, _oneDeleted.GetValueOrDefault(word));
        Span<char> deleted = stackalloc char[word.Length - 1];
        for (var i = 0; i < word.Length; i++)
        {
            word.AsSpan(0, i).CopyTo(deleted);
            word.AsSpan(i + 1).CopyTo(deleted[i..]);
            if (_oneDeletedBySpan.TryGetValue(deleted, out var sharing))
            {
                best = Better(best, word, sharing);
            }
            if (_seenBySpan.TryGetValue(deleted, out var shorter, out _))
            {
                best = Better(best, shorter);
            }
        }
        return best ?? word;
    }

    private bool NeedsMending(ReadOnlySpan<char> word)
    {
        if (word.Length < Shortest || _seenBySpan.ContainsKey(word))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The likelier of the best so far and the candidates one edit from the word: seen in more rows, then first in ordinal order.</summary>
    private string? Better(string? best, string word, List<string>? candidates)
    {
        foreach (var candidate in candidates ?? [])
        {
            if (OneEditApart(word, candidate))
            {
                best = Better(best, candidate);
            }
        }
        return best;
    }

    private string Better(string? best, string candidate)
    {
        if (best is null)
        {
            return candidate;
        }
        var (rows, bestRows) = (_seen[candidate], _seen[best]);
        return rows > bestRows || rows == bestRows && string.CompareOrdinal(candidate, best) < 0 ? candidate : best;
    }

    /// <summary>Words separated by one space, nothing before or after: splitting and joining would give the text back.</summary>
    private static bool SingleSpaced(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> OneDeleted(string word) => Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1));

    /// <summary>One letter dropped, added or changed, or two neighbours swapped.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return longer.Length - shorter.Length == 1 && OneDropped(longer, shorter);
        }
        int first = -1, second = -1, differ = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                (first, second) = differ == 0 ? (i, second) : (first, differ == 1 ? i : second);
                differ++;
            }
        }
        return differ == 1
            || differ == 2 && second == first + 1 && a[first] == b[second] && a[second] == b[first];
    }

    /// <summary>The shorter word is the longer one with one letter taken out.</summary>
    private static bool OneDropped(string longer, string shorter)
    {
        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i])
        {
            i++;
        }
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
