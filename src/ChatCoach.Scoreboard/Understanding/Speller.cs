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

    /// <param name="utterances">The training texts as the classifier reads them (see <see cref="Features"/>).</param>
    /// <param name="alwaysKnown">Words known even when rare in the corpus: the indicators' own names.</param>
    public Speller(IEnumerable<string> utterances, IEnumerable<string> alwaysKnown)
    {
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
    public string Mend(string text) => string.Join(' ', Words(text).Select(MendWord));

    public string MendWord(string word)
    {
        if (word.Length < Shortest || _seen.ContainsKey(word) || !word.All(char.IsLetter))
        {
            return word;
        }
        var candidates = (_oneDeleted.GetValueOrDefault(word) ?? []).Concat(OneDeleted(word).SelectMany(d => (_oneDeleted.GetValueOrDefault(d) ?? []).Append(d)));
        return candidates.Where(c => _seen.ContainsKey(c) && OneEditApart(word, c))
            .OrderByDescending(c => _seen[c]).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault() ?? word;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> OneDeleted(string word) => Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1));

    /// <summary>One letter dropped, added or changed, or two neighbours swapped.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return longer.Length - shorter.Length == 1 && OneDeleted(longer).Contains(shorter, StringComparer.Ordinal);
        }
        var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differ.Count == 1
            || differ.Count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]];
    }
}
