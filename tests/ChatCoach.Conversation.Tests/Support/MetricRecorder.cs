using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ChatCoach.Conversation.Tests.Support;

/// <summary>Listens to one Meter instance only, so tests running in parallel do not see each other's counts.</summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public MetricRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    public long Total(string instrument) => _totals.TryGetValue(instrument, out var total) ? total : 0;

    public void Dispose() => _listener.Dispose();
}
