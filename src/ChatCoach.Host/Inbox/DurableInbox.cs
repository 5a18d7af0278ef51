using System.Diagnostics;
using System.Threading.Channels;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Host.Inbox;

/// <summary>
/// The inbox channels write to before they acknowledge. The row in the store is the promise; the
/// in-memory signal (the row's key, not its payload) only wakes the processor early. The signal
/// queue holds a long burst's worth of keys; should it ever be full, the row is still there and the
/// processor's next sweep finds it, so back-pressure never loses an event.
/// </summary>
public sealed class DurableInbox(IInboxStore store, InboxMetrics metrics) : IInbox
{
    private readonly Channel<InboxKey> _signals = Channel.CreateBounded<InboxKey>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false });

    public ChannelReader<InboxKey> Signals => _signals.Reader;

    public async Task<AcceptOutcome> AcceptAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!await store.TryAddAsync(inbound, cancellationToken))
        {
            return AcceptOutcome.Duplicate;
        }
        metrics.Stage("accept", started);
        _signals.Writer.TryWrite(new InboxKey(inbound.Source, inbound.DeliveryId, inbound.ReceivedAt, Attempts: 0));
        return AcceptOutcome.Accepted;
    }
}
