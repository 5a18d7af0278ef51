using System.Collections.Concurrent;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// The references this host read or wrote in the last minute, for the inbound path only: each
/// activity compares its conversation's and sender's references with the stored ones, and each reply
/// looks up the names of the people it mentions — two reads per message, nearly always of the same
/// few rows. Remembering them for a minute spares those reads; a change made on this host is seen at
/// once, one made on another host within the minute. Sending proactively still reads the store, so
/// a conversation marked unusable anywhere is never written to from here.
/// Known absences are remembered too (a person who never wrote to the bot has no name to show).
/// </summary>
internal sealed class RecentReferences(TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    /// <summary>Past this many the memo starts again: a bound on memory, not a working size.</summary>
    private const int AtMost = 50_000;

    private const int CheckBoundEvery = 1024;

    private readonly ConcurrentDictionary<(string Workspace, string Key), Seen> _seen = new();
    private int _puts;

    public bool TryGet(string workspace, string key, out ConversationReference? reference)
    {
        if (_seen.TryGetValue((workspace, key), out var seen) && clock.GetUtcNow() - seen.At < Fresh)
        {
            reference = seen.Reference;
            return true;
        }
        reference = null;
        return false;
    }

    /// <summary>What the store holds now (null: nothing usable).</summary>
    public void Put(string workspace, string key, ConversationReference? reference)
    {
        // Counting a ConcurrentDictionary takes every one of its locks, so the bound is checked once in a while, not on every put.
        if (Interlocked.Increment(ref _puts) % CheckBoundEvery == 0 && _seen.Count >= AtMost)
        {
            _seen.Clear();
        }
        _seen[(workspace, key)] = new Seen(reference, clock.GetUtcNow());
    }

    private sealed record Seen(ConversationReference? Reference, DateTimeOffset At);
}
