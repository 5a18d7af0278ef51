using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// Keeps the stored references fresh: every inbound activity is compared with the conversation's and
/// the sender's stored reference, because Teams may move a conversation to another service URL; only
/// a reference that changed is written (most messages change nothing, and a write per message is
/// the busiest cost of a chat under load).
/// </summary>
internal sealed class ConversationReferences(IConversationAddressStore store, TimeProvider clock)
{
    /// <returns>True when the conversation had no usable reference before (a first contact).</returns>
    public async Task<bool> RefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.From(activity);
        if (reference?.ConversationId is null)
        {
            return false;
        }
        var workspace = AddressKeys.Workspace(reference.TenantId);
        var conversationKey = AddressKeys.Conversation(reference.ConversationId);
        var before = await store.FindAsync(AddressKeys.Channel, workspace, conversationKey, cancellationToken);
        if (before is not { Usable: true } || ConversationReference.FromJson(before.Payload) != reference)
        {
            await SaveAsync(workspace, conversationKey, reference, cancellationToken);
        }
        if (activity.From?.AadObjectId is { Length: > 0 } aad)
        {
            await SaveUserAsync(workspace, aad, reference, cancellationToken);
        }
        return before is not { Usable: true };
    }

    public async Task<ConversationReference?> FindAsync(string workspace, string key, CancellationToken cancellationToken)
    {
        var address = await store.FindAsync(AddressKeys.Channel, workspace, key, cancellationToken);
        return address is { Usable: true } ? ConversationReference.FromJson(address.Payload) : null;
    }

    public Task SaveAsync(string workspace, string key, ConversationReference reference, CancellationToken cancellationToken) =>
        store.SaveAsync(new ConversationAddress(AddressKeys.Channel, workspace, key, reference.ToJson(), clock.GetUtcNow()), cancellationToken);

    public Task MarkUnusableAsync(string workspace, string key, string reason, CancellationToken cancellationToken) =>
        store.MarkUnusableAsync(AddressKeys.Channel, workspace, key, reason, cancellationToken);

    // A user's reference keeps the 1:1 conversation id only when this activity came from it, so a
    // channel message never overwrites where proactive messages to that person go; and activities
    // without a display name (conversationUpdate) keep the name (and time zone) seen before.
    private async Task SaveUserAsync(string workspace, string aad, ConversationReference reference, CancellationToken cancellationToken)
    {
        var key = AddressKeys.User(aad);
        var personal = reference.ConversationType == ActivityTypes.PersonalConversation;
        var existing = await FindAsync(workspace, key, cancellationToken);
        var userReference = reference with
        {
            ConversationId = personal ? reference.ConversationId : existing?.ConversationId,
            ConversationType = ActivityTypes.PersonalConversation,
            UserName = reference.UserName ?? existing?.UserName,
            TimeZone = reference.TimeZone ?? existing?.TimeZone,
        };
        if (userReference != existing)
        {
            await SaveAsync(workspace, key, userReference, cancellationToken);
        }
    }
}
