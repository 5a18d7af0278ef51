using System.Collections.Concurrent;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

public sealed class InMemoryAddressStore : IConversationAddressStore
{
    public ConcurrentDictionary<(string Channel, string Workspace, string Key), ConversationAddress> Addresses { get; } = new();

    private int _lookups;
    private int _writes;

    /// <summary>Lookups made (one per find, however many keys), as a database would count statements.</summary>
    public int Lookups => _lookups;

    /// <summary>Writes made (one per save, however many addresses).</summary>
    public int Writes => _writes;

    public Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        Keep(address);
        return Task.CompletedTask;
    }

    public Task SaveAllAsync(IReadOnlyList<ConversationAddress> addresses, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        foreach (var address in addresses)
        {
            Keep(address);
        }
        return Task.CompletedTask;
    }

    private void Keep(ConversationAddress address) => Addresses[(address.Channel, address.Workspace, address.Key)] = address with { UnusableReason = null };

    public Task<ConversationAddress?> FindAsync(string channel, string workspace, string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(Addresses.GetValueOrDefault((channel, workspace, key)));
    }

    public Task<IReadOnlyList<ConversationAddress>> FindAllAsync(string channel, string workspace, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult<IReadOnlyList<ConversationAddress>>([.. keys.Distinct().Select(k => Addresses.GetValueOrDefault((channel, workspace, k))).OfType<ConversationAddress>()]);
    }

    public Task MarkUnusableAsync(string channel, string workspace, string key, string reason, CancellationToken cancellationToken)
    {
        if (Addresses.TryGetValue((channel, workspace, key), out var address))
        {
            Addresses[(channel, workspace, key)] = address with { UnusableReason = reason };
        }
        return Task.CompletedTask;
    }
}
