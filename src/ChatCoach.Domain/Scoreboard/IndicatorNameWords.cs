using System.Collections.Concurrent;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// One row's names as <see cref="IndicatorMatcher"/> scores them — each name's words — and, per word
/// a person typed, how it relates to each name: a word of it, one slip from a word of it, or neither.
/// A message's words are compared with every word of every name of every row, in every window of the
/// message a reader tries; the answer for a word never changes, so it is worked out once per row.
/// Bounded: past the limit it starts over rather than track recency.
/// </summary>
internal sealed class IndicatorNameWords(List<string>[] names, Func<string, List<string>, bool> anyTypo)
{
    public const byte Absent = 0;
    public const byte Slip = 1;
    public const byte Present = 2;

    private const int Capacity = 1_024;

    private readonly ConcurrentDictionary<string, byte[]> _byWord = new(StringComparer.Ordinal);
    private int _kept;

    /// <summary>Each name's words, stop words left out.</summary>
    public List<string>[] Names { get; } = names;

    /// <summary>For each name, in order: <see cref="Present"/>, <see cref="Slip"/> or <see cref="Absent"/>.</summary>
    public byte[] Relations(string word)
    {
        if (_byWord.TryGetValue(word, out var known))
        {
            return known;
        }
        var relations = new byte[Names.Length];
        for (var i = 0; i < Names.Length; i++)
        {
            relations[i] = Names[i].Contains(word) ? Present : anyTypo(word, Names[i]) ? Slip : Absent;
        }
        // A counter, not ConcurrentDictionary.Count: that takes every lock of the table.
        if (Interlocked.Increment(ref _kept) > Capacity)
        {
            _byWord.Clear();
            Interlocked.Exchange(ref _kept, 1);
        }
        _byWord[word] = relations;
        return relations;
    }
}
