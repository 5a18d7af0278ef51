namespace ChatCoach.Domain.Delivery;

/// <summary>
/// What a channel needs to reach a person or conversation later (for Teams, the conversation
/// reference with its service URL), refreshed from every inbound message because those change.
/// </summary>
/// <param name="Channel">"slack" or "teams".</param>
/// <param name="Key">The channel's own key, e.g. "user:&lt;aadObjectId&gt;" or "conversation:&lt;id&gt;".</param>
/// <param name="Payload">The channel's own serialised address (opaque to everyone else).</param>
/// <param name="UnusableReason">Set when the platform said the address no longer works.</param>
public sealed record ConversationAddress(
    string Channel,
    string Workspace,
    string Key,
    string Payload,
    DateTimeOffset UpdatedAt,
    string? UnusableReason = null)
{
    public bool Usable => UnusableReason is null;
}

public interface IConversationAddressStore
{
    /// <summary>Inserts or replaces the address, clearing any earlier "unusable" mark.</summary>
    Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken);

    Task<ConversationAddress?> FindAsync(string channel, string workspace, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Several keys of one workspace in one lookup (an activity's conversation and sender, the people a
    /// reply names): the addresses stored, unusable ones included; a key with none is left out.
    /// </summary>
    Task<IReadOnlyList<ConversationAddress>> FindAllAsync(string channel, string workspace, IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Several addresses saved together (one write, all or none), each as <see cref="SaveAsync"/> would.</summary>
    Task SaveAllAsync(IReadOnlyList<ConversationAddress> addresses, CancellationToken cancellationToken);

    Task MarkUnusableAsync(string channel, string workspace, string key, string reason, CancellationToken cancellationToken);
}
