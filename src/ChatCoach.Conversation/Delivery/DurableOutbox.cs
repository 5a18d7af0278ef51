using System.Threading.Channels;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Conversation.Delivery;

/// <summary>
/// The outbox callers see: a message is written to the store (once per key) and the processor is
/// woken; sending happens there, so a caller never waits on a chat platform.
/// </summary>
public sealed class DurableOutbox(IOutboxStore store, TimeProvider clock) : IOutbox
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Ticks when something was enqueued in this process (one pending tick is enough).</summary>
    public ChannelReader<bool> Wake => _wake.Reader;

    public async Task<bool> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var added = await store.TryAddAsync(message, clock.GetUtcNow(), cancellationToken);
        if (added)
        {
            _wake.Writer.TryWrite(true);
        }
        return added;
    }
}
