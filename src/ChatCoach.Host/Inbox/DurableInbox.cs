using System.Diagnostics;
using System.Threading.Channels;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Host.Inbox;

/// <summary>
/// The inbox channels write to before they acknowledge. The row in the store is the promise; the
/// in-memory signal only wakes the processor early. If the signal queue is full the row is still
/// there and the processor's next sweep finds it, so back-pressure never loses an event.
/// </summary>
public sealed class DurableInbox(IInboxStore store, InboxMetrics metrics) : IInbox
{
    private readonly Channel<InboundEvent> _signals = Channel.CreateBounded<InboundEvent>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false });

    public ChannelReader<InboundEvent> Signals => _signals.Reader;

    public async Task<AcceptOutcome> AcceptAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!await store.TryAddAsync(inbound, cancellationToken))
        {
            return AcceptOutcome.Duplicate;
        }
        metrics.Stage("accept", started);
        _signals.Writer.TryWrite(inbound);
        return AcceptOutcome.Accepted;
    }
}
