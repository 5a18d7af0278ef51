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

    Task MarkUnusableAsync(string channel, string workspace, string key, string reason, CancellationToken cancellationToken);
}
