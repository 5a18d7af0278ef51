using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatCoach.Host.Inbox;

/// <summary>
/// Where an event's time goes, on the Meter "ChatCoach": each inbox stage (accept = the insert
/// before the acknowledgement, claim, handle = the reply composed and posted, done) and the delay a
/// person feels from the event's arrival to its answer. Read live with
/// <c>dotnet-counters monitor --counters ChatCoach -p PID</c> or exported through OpenTelemetry.
/// </summary>
public sealed class InboxMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Histogram<double> _stage;
    private readonly Histogram<double> _answerDelay;
    private readonly Counter<long> _parked;

    public InboxMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create("ChatCoach") ?? new Meter("ChatCoach");
        _stage = _meter.CreateHistogram<double>("chatcoach.inbox.stage_duration", "ms", "Time one inbox stage took for one event.");
        _parked = _meter.CreateCounter<long>("chatcoach.inbox.parked", "{event}", "Events whose answer could not be delivered within the retry window, parked as dead.");
        _answerDelay = _meter.CreateHistogram<double>("chatcoach.inbox.answer_delay", "ms", "From an event's arrival to its answer being posted.");
    }

    /// <summary>Records the time since <paramref name="startedAt"/> (a Stopwatch timestamp) under the stage's name.</summary>
    public void Stage(string stage, long startedAt) =>
        _stage.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, new KeyValuePair<string, object?>("stage", stage));

    public void Answered(TimeSpan sinceArrival) => _answerDelay.Record(sinceArrival.TotalMilliseconds);

    public void Parked() => _parked.Add(1);

    public void Dispose() => _meter.Dispose();
}
