using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace ChatCoach.Bench;

/// <summary>What one load phase measured.</summary>
internal sealed record PhaseResult(
    string Phase,
    int Sent,
    int Acked,
    int Errors,
    double Seconds,
    LatencyStats Ack,
    LatencyStats EndToEnd,
    int Answered,
    long DuplicateAnswers,
    double AnsweredBySeconds,
    int BacklogAtEnd,
    double DrainSeconds,
    PhaseCpu? Cpu = null)
{
    /// <summary>Acknowledgements per second while the load ran.</summary>
    public double Throughput => Acked / Seconds;

    /// <summary>
    /// Answers per second from the first send to the last reply (the backlog drained): the figure a
    /// person waiting for "where do we stand" feels, and the headline beside acks per second.
    /// </summary>
    public double AnswerThroughput => AnsweredBySeconds > 0 ? Answered / AnsweredBySeconds : 0;
}

/// <summary>
/// Sends signed events at a bot: open-loop at a fixed rate (each send starts on schedule, whatever
/// the previous ones are doing), or closed-loop at saturation (N connections back to back).
/// <paramref name="next"/> builds the n-th request and names the key its reply will carry; end-to-end
/// time runs from the send to that reply arriving at the fake platform.
/// </summary>
/// <param name="firstSeq">Where the sequence numbers start (after it), so two loads in one subject never share a key.</param>
internal sealed class EventLoad(Func<long, (string Key, HttpRequestMessage Request)> next, ReplyLog replies, long firstSeq = 0) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
    private readonly ConcurrentDictionary<string, long> _sentAt = new();
    private readonly ConcurrentBag<double> _acks = [];
    private long _seq = firstSeq;
    private long _phaseStarted;
    private int _errors;
    private int _acked;

    public async Task<PhaseResult> FixedRateAsync(string phase, int perSecond, TimeSpan duration, TimeSpan replyWait)
    {
        Starting(phase);
        var started = Stopwatch.GetTimestamp();
        _phaseStarted = started;
        var total = (int)(perSecond * duration.TotalSeconds);
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(due);
            }
            inFlight.Add(SendOneAsync());
        }
        await Task.WhenAll(inFlight);
        return await FinishAsync(phase, total, started, replyWait);
    }

    public async Task<PhaseResult> SaturationAsync(string phase, int connections, TimeSpan duration, TimeSpan replyWait)
    {
        Starting(phase);
        var started = Stopwatch.GetTimestamp();
        _phaseStarted = started;
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                Interlocked.Increment(ref sent);
                await SendOneAsync();
            }
        }));
        return await FinishAsync(phase, sent, started, replyWait);
    }

    // A line per phase on stderr, so a profiler can be attached to the host for just the phase it studies.
    private static void Starting(string phase) => Console.Error.WriteLine(FormattableString.Invariant($"{DateTime.UtcNow:HH:mm:ss.f} phase: {phase}"));

    private async Task SendOneAsync()
    {
        var (key, built) = next(Interlocked.Increment(ref _seq));
        using var request = built;
        var start = Stopwatch.GetTimestamp();
        _sentAt[key] = start;
        try
        {
            using var response = await _http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                _acks.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref _acked);
                return;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }
        _sentAt.TryRemove(key, out _);
        Interlocked.Increment(ref _errors);
    }

    /// <summary>Waits (bounded) for every acknowledged event's reply, then reads the numbers and resets.</summary>
    private async Task<PhaseResult> FinishAsync(string phase, int sent, long started, TimeSpan replyWait)
    {
        // The load has stopped: what is acknowledged but unanswered now is the backlog left to drain.
        var loadEnded = Stopwatch.GetTimestamp();
        var seconds = Stopwatch.GetElapsedTime(started, loadEnded).TotalSeconds;
        var backlog = _acked - Answered();
        var waitUntil = Stopwatch.GetTimestamp() + (long)(replyWait.TotalSeconds * Stopwatch.Frequency);
        while (Answered() < _acked && Stopwatch.GetTimestamp() < waitUntil)
        {
            await Task.Delay(50);
        }
        var endToEnd = _sentAt
            .Select(s => replies.ByKey.TryGetValue(s.Key, out var at) ? Stopwatch.GetElapsedTime(s.Value, at).TotalMilliseconds : double.NaN)
            .Where(ms => !double.IsNaN(ms))
            .ToList();
        var lastAnswer = _sentAt.Keys.Select(k => replies.ByKey.TryGetValue(k, out var at) ? at : 0).DefaultIfEmpty(0).Max();
        var answeredBy = lastAnswer > 0 ? Stopwatch.GetElapsedTime(_phaseStarted, lastAnswer).TotalSeconds : 0;
        var drained = lastAnswer > loadEnded ? Stopwatch.GetElapsedTime(loadEnded, lastAnswer).TotalSeconds : 0;
        var result = new PhaseResult(phase, sent, _acked, _errors, seconds, LatencyStats.Of(_acks.ToList()), LatencyStats.Of(endToEnd),
            Answered(), replies.Duplicates, answeredBy, backlog, drained);
        _sentAt.Clear();
        _acks.Clear();
        _acked = 0;
        _errors = 0;
        replies.Reset();
        return result;
    }

    private int Answered() => _sentAt.Keys.Count(replies.ByKey.ContainsKey);

    public void Dispose() => _http.Dispose();
}
