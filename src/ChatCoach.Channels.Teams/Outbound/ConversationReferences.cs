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
    /// <remarks>The conversation's and the sender's references are read in one lookup and written, if they changed, in one write.</remarks>
    public async Task<bool> RefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.From(activity);
        if (reference?.ConversationId is null)
        {
            return false;
        }
        var workspace = AddressKeys.Workspace(reference.TenantId);
        var conversationKey = AddressKeys.Conversation(reference.ConversationId);
        var userKey = activity.From?.AadObjectId is { Length: > 0 } aad ? AddressKeys.User(aad) : null;
        var stored = await store.FindAllAsync(AddressKeys.Channel, workspace, userKey is null ? [conversationKey] : [conversationKey, userKey], cancellationToken);
        var before = stored.FirstOrDefault(a => a.Key == conversationKey);
        var changed = new List<ConversationAddress>(2);
        if (before is not { Usable: true } || ConversationReference.FromJson(before.Payload) != reference)
        {
            changed.Add(Address(workspace, conversationKey, reference));
        }
        if (userKey is not null)
        {
            var existing = Usable(stored.FirstOrDefault(a => a.Key == userKey));
            var userReference = UserReference(reference, existing);
            if (userReference != existing)
            {
                changed.Add(Address(workspace, userKey, userReference));
            }
        }
        if (changed.Count > 0)
        {
            await store.SaveAllAsync(changed, cancellationToken);
        }
        return before is not { Usable: true };
    }

    /// <summary>The usable references stored under <paramref name="keys"/>, by key, in one lookup.</summary>
    public async Task<IReadOnlyDictionary<string, ConversationReference>> FindAllAsync(string workspace, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = await store.FindAllAsync(AddressKeys.Channel, workspace, keys, cancellationToken);
        var references = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        foreach (var address in found)
        {
            if (Usable(address) is { } reference)
            {
                references[address.Key] = reference;
            }
        }
        return references;
    }

    public async Task<ConversationReference?> FindAsync(string workspace, string key, CancellationToken cancellationToken) =>
        Usable(await store.FindAsync(AddressKeys.Channel, workspace, key, cancellationToken));

    public Task SaveAsync(string workspace, string key, ConversationReference reference, CancellationToken cancellationToken) =>
        store.SaveAsync(Address(workspace, key, reference), cancellationToken);

    public Task MarkUnusableAsync(string workspace, string key, string reason, CancellationToken cancellationToken) =>
        store.MarkUnusableAsync(AddressKeys.Channel, workspace, key, reason, cancellationToken);

    private ConversationAddress Address(string workspace, string key, ConversationReference reference) =>
        new(AddressKeys.Channel, workspace, key, reference.ToJson(), clock.GetUtcNow());

    private static ConversationReference? Usable(ConversationAddress? address) =>
        address is { Usable: true } ? ConversationReference.FromJson(address.Payload) : null;

    // A user's reference keeps the 1:1 conversation id only when this activity came from it, so a
    // channel message never overwrites where proactive messages to that person go; and activities
    // without a display name (conversationUpdate) keep the name (and time zone) seen before.
    private static ConversationReference UserReference(ConversationReference reference, ConversationReference? existing)
    {
        var personal = reference.ConversationType == ActivityTypes.PersonalConversation;
        return reference with
        {
            ConversationId = personal ? reference.ConversationId : existing?.ConversationId,
            ConversationType = ActivityTypes.PersonalConversation,
            UserName = reference.UserName ?? existing?.UserName,
            TimeZone = reference.TimeZone ?? existing?.TimeZone,
        };
    }
}
