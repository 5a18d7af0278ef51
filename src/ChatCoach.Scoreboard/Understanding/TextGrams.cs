using System.Runtime.CompilerServices;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// The trained featurizer's vocabulary, read back from its slot names, and the text's grams found in
/// it — what ML.NET's text featurizer (FeaturizeText with word 1–2-grams and character trigrams)
/// makes of a text, done without its data pipeline: character trigrams of the text between the
/// start (0x02) and end (0x03) markers, word uni- and bigrams of its space-separated words, each
/// block counted then scaled to unit length (L2) on its own, the characters' block first. A gram
/// the training rows never had is not a feature, and a bigram with an unseen word is none either.
/// </summary>
/// <remarks>
/// Only texts ML.NET's normaliser leaves as they are are read here — lower-case printable ASCII
/// (<see cref="Reads"/>); anything else goes to ML.NET itself, so accents and case folding need no
/// copy of its tables. <see cref="Features"/> hands the model such texts.
/// </remarks>
internal sealed class TextGrams
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    private readonly Dictionary<ulong, int> _trigrams;
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    private TextGrams(Dictionary<ulong, int> trigrams, Dictionary<string, int> words, int count)
    {
        _trigrams = trigrams;
        _words = words;
        _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = count;
    }

    /// <summary>How many features the model has (slots of the featurized column).</summary>
    public int Count { get; }

    /// <summary>
    /// The vocabulary of the featurized column's slot names ("Char.&lt;␂&gt;|w|i", "Word.win|rate");
    /// null when a name is not one this reader understands, so the caller keeps ML.NET's engine.
    /// </summary>
    public static TextGrams? FromSlotNames(DataViewSchema.Column features)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        features.GetSlotNames(ref names);
        var trigrams = new Dictionary<ulong, int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var slot = 0;
        foreach (var name in names.DenseValues())
        {
            var text = name.ToString();
            if (text.StartsWith("Char.", StringComparison.Ordinal))
            {
                // A name that is not three plain characters names one (an emoji half) no text read here has: it is left out.
                // Plain ASCII that is not three characters is another shape of featurizer (other n-gram lengths): no scorer then.
                var key = Trigram(text.AsSpan(5));
                if (key is null && AllAscii(text) || key is { } known && !trigrams.TryAdd(known, slot))
                {
                    return null;
                }
            }
            else if (!text.StartsWith("Word.", StringComparison.Ordinal) || WordGram(text[5..]) is not { } gram || !words.TryAdd(gram, slot))
            {
                return null;
            }
            slot++;
        }
        return new TextGrams(trigrams, words, slot);
    }

    /// <summary>Whether this text is one ML.NET's normaliser leaves unchanged, so its grams here are ML.NET's.</summary>
    public static bool Reads(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c > '~' || c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Adds one to each gram's count; the characters' grams and the words' go to their own lists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Find(string text, Counts characters, Counts words)
    {
        if (text.Length == 0)
        {
            return;
        }
        var chars = text.AsSpan();
        for (var i = -1; i + 1 < chars.Length; i++)
        {
            // The trigram starting at i, where -1 is the start marker and Length the end marker.
            var key = Pack(i < 0 ? StartMarker : chars[i], chars[i + 1], i + 2 < chars.Length ? chars[i + 2] : EndMarker);
            if (_trigrams.TryGetValue(key, out var slot))
            {
                characters.Add(slot);
            }
        }
        CountWords(text, words);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountWords(string text, Counts words)
    {
        int previousStart = -1, previousEnd = -1, start = 0;
        while (start < text.Length)
        {
            if (text[start] == ' ')
            {
                start++;
                continue;
            }
            var end = text.IndexOf(' ', start);
            end = end < 0 ? text.Length : end;
            if (_wordsBySpan.TryGetValue(text.AsSpan(start, end - start), out var slot))
            {
                words.Add(slot);
            }
            if (previousStart >= 0 && _wordsBySpan.TryGetValue(Bigram(text, previousStart, previousEnd, start, end), out var pair))
            {
                words.Add(pair);
            }
            (previousStart, previousEnd, start) = (start, end, end + 1);
        }
    }

    /// <summary>Two neighbouring words as the vocabulary keeps them, one space between: a slice of the text when it has just one.</summary>
    private static ReadOnlySpan<char> Bigram(string text, int firstStart, int firstEnd, int secondStart, int secondEnd) =>
        secondStart == firstEnd + 1
            ? text.AsSpan(firstStart, secondEnd - firstStart)
            : string.Concat(text.AsSpan(firstStart, firstEnd - firstStart), " ", text.AsSpan(secondStart, secondEnd - secondStart));

    private static ulong Pack(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

    /// <summary>"&lt;␂&gt;|w|i" → the three characters packed; null for a name with other than three characters.</summary>
    private static ulong? Trigram(ReadOnlySpan<char> name)
    {
        Span<char> chars = stackalloc char[3];
        var at = 0;
        for (var i = 0; i < 3; i++)
        {
            if (i > 0)
            {
                if (at >= name.Length || name[at] != '|')
                {
                    return null;
                }
                at++;
            }
            if (at + 2 < name.Length && name[at] == '<' && name[at + 2] == '>' && name[at + 1] is >= '\u2400' and <= '\u2420')
            {
                // ML.NET names control characters and the space by their Unicode control picture: "<␠>" is a space.
                chars[i] = (char)(name[at + 1] - '\u2400');
                at += 3;
            }
            else if (at < name.Length && name[at] is > ' ' and < '\u007f')
            {
                chars[i] = name[at];
                at++;
            }
            else
            {
                return null;
            }
        }
        return at == name.Length ? Pack(chars[0], chars[1], chars[2]) : null;
    }

    private static bool AllAscii(string text) => text.All(char.IsAscii);

    /// <summary>"win|rate" → "win rate": the vocabulary's key. A word with a bar or a space in it would be ambiguous: null.</summary>
    private static string? WordGram(string name)
    {
        var parts = name.Split('|');
        return parts.Length is 1 or 2 && parts.All(p => p.Length > 0 && !p.Contains(' ', StringComparison.Ordinal)) ? string.Join(' ', parts) : null;
    }

    /// <summary>How often each slot occurred in one text, and the slots in the order first seen; reused reading after reading.</summary>
    internal sealed class Counts(int slots)
    {
        private readonly int[] _count = new int[slots];
        private readonly List<int> _seen = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int slot)
        {
            if (_count[slot]++ == 0)
            {
                _seen.Add(slot);
            }
        }

        public int Slots => _count.Length;

        public IReadOnlyList<int> Seen => _seen;

        public int this[int slot] => _count[slot];

        /// <summary>The block's length (L2), as ML.NET scales it to one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public float Length()
        {
            var sum = 0f;
            foreach (var slot in _seen)
            {
                sum += (float)_count[slot] * _count[slot];
            }
            return MathF.Sqrt(sum);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Clear()
        {
            foreach (var slot in _seen)
            {
                _count[slot] = 0;
            }
            _seen.Clear();
        }
    }
}
