using System.Collections.Concurrent;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

public sealed class InMemoryAddressStore : IConversationAddressStore
{
    public ConcurrentDictionary<(string Channel, string Workspace, string Key), ConversationAddress> Addresses { get; } = new();

    public Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        Addresses[(address.Channel, address.Workspace, address.Key)] = address with { UnusableReason = null };
        return Task.CompletedTask;
    }

    public Task<ConversationAddress?> FindAsync(string channel, string workspace, string key, CancellationToken cancellationToken) =>
        Task.FromResult(Addresses.GetValueOrDefault((channel, workspace, key)));

    public Task MarkUnusableAsync(string channel, string workspace, string key, string reason, CancellationToken cancellationToken)
    {
        if (Addresses.TryGetValue((channel, workspace, key), out var address))
        {
            Addresses[(channel, workspace, key)] = address with { UnusableReason = reason };
        }
        return Task.CompletedTask;
    }
}
