using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatCoach.Bench;

/// <summary>
/// When each event's reply reached a fake platform, keyed by what ties the reply to its event (a
/// Slack thread ts, a Teams activity id); a second reply to the same event counts as a duplicate.
/// </summary>
internal sealed class ReplyLog
{
    private long _duplicates;

    public ConcurrentDictionary<string, long> ByKey { get; } = new();

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public void Record(string key)
    {
        if (!ByKey.TryAdd(key, Stopwatch.GetTimestamp()))
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    public void Reset()
    {
        ByKey.Clear();
        Interlocked.Exchange(ref _duplicates, 0);
    }
}
