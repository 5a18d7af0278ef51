using System.Collections.Concurrent;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Host.Delivery;

/// <summary>
/// An outbox that sends at once through the channel that can reach the address, remembering keys
/// only in this process. It keeps the readiness survey's messages flowing where no durable outbox is
/// registered; it does not survive a restart and does not coordinate hosts.
/// </summary>
public sealed class SendNowOutbox(IServiceProvider services, ILogger<SendNowOutbox> logger) : IOutbox
{
    // Resolved on first use, not injected: the channels answer through the coach, whose plugins
    // hand their messages to this outbox — injecting them would make a cycle.
    private readonly Lazy<Dictionary<string, IProactiveChannel>> _channels = new(() =>
        services.GetServices<IProactiveChannel>().ToDictionary(c => c.Channel, StringComparer.Ordinal));
    private readonly ConcurrentDictionary<string, bool> _sent = new(StringComparer.Ordinal);

    public async Task<bool> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (!_sent.TryAdd(message.Key, true))
        {
            return false;
        }
        if (!_channels.Value.TryGetValue(message.To.Channel, out var channel))
        {
            logger.LogWarning("No {Channel} channel is configured; {Key} was not sent", message.To.Channel, message.Key);
            return true;
        }
        var result = message.To switch
        {
            ToPerson person => await channel.SendDirectAsync(message.Workspace, person.User, message.Reply, cancellationToken),
            ToConversation conversation => await channel.SendToConversationAsync(message.Workspace, conversation.ConversationId, message.Reply, cancellationToken),
            _ => new DeliveryResult(DeliveryOutcome.PermanentFailure, "unknown address"),
        };
        if (result.Outcome != DeliveryOutcome.Sent)
        {
            logger.LogWarning("{Key} to {Address}: {Outcome} ({Detail})", message.Key, message.To, result.Outcome, result.Detail);
        }
        return true;
    }
}
