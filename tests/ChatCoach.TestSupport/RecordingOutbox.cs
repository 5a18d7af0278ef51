using System.Collections.Concurrent;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.TestSupport;

/// <summary>An outbox that keeps what it is handed (keys deduplicated, as the real ones do), for tests to read.</summary>
public sealed class RecordingOutbox : IOutbox
{
    private readonly ConcurrentDictionary<string, OutboundMessage> _messages = new();

    public IReadOnlyList<OutboundMessage> Messages => [.. _messages.Values];

    public Task<bool> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken) => Task.FromResult(_messages.TryAdd(message.Key, message));
}
