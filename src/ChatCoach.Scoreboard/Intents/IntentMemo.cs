using System.Collections.Concurrent;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>
/// What a short message meant on a given day, against the default board. Reading runs every phrase
/// family's patterns in turn — "where do we stand" is the last family tried — and the same few
/// questions arrive again and again, so a host reads each once a day. Reading is a pure function of
/// the words, the day and the board, and intents are immutable, so a remembered one is the one a
/// fresh read would give. Bounded: past the limit it starts over rather than track recency.
/// </summary>
internal static class IntentMemo
{
    private const int MaxMessageLength = 200;
    private const int Capacity = 2_048;
    private static readonly ConcurrentDictionary<(string Message, DateOnly Today), Intent> ByMessage = new();

    /// <summary>Roughly how many are kept: ConcurrentDictionary.Count takes every lock of the table, on every new message.</summary>
    private static int _kept;

    public static Intent Read(string message, DateOnly today, Func<string, DateOnly, IReadOnlyList<Indicator>?, Intent> read)
    {
        if (message.Length > MaxMessageLength)
        {
            return read(message, today, null);
        }
        if (ByMessage.TryGetValue((message, today), out var known))
        {
            return known;
        }
        var intent = read(message, today, null);
        if (Interlocked.Increment(ref _kept) > Capacity)
        {
            ByMessage.Clear();
            Interlocked.Exchange(ref _kept, 1);
        }
        ByMessage[(message, today)] = intent;
        return intent;
    }
}
