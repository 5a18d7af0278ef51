using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// Keeps the stored references fresh: every inbound activity is compared with the conversation's and
/// the sender's stored reference (as this host last read or wrote it, within a minute:
/// <see cref="RecentReferences"/>), because Teams may move a conversation to another service URL; only
/// a reference that changed is written (most messages change nothing, and a write per message is
/// the busiest cost of a chat under load).
/// </summary>
internal sealed class ConversationReferences(IConversationAddressStore store, RecentReferences recent, TimeProvider clock)
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
        var stored = await ReadAsync(workspace, userKey is null ? [conversationKey] : [conversationKey, userKey], cancellationToken);
        var before = stored.GetValueOrDefault(conversationKey);
        var changed = new List<(string Key, ConversationReference Reference)>(2);
        if (before != reference)
        {
            changed.Add((conversationKey, reference));
        }
        if (userKey is not null)
        {
            var existing = stored.GetValueOrDefault(userKey);
            var userReference = UserReference(reference, existing);
            if (userReference != existing)
            {
                changed.Add((userKey, userReference));
            }
        }
        if (changed.Count > 0)
        {
            await store.SaveAllAsync([.. changed.Select(c => Address(workspace, c.Key, c.Reference))], cancellationToken);
            changed.ForEach(c => recent.Put(workspace, c.Key, c.Reference));
        }
        return before is null;
    }

    /// <summary>The usable references stored under <paramref name="keys"/>, by key, in one lookup.</summary>
    /// <remarks>From what this host read or wrote in the last minute where it can (<see cref="RecentReferences"/>).</remarks>
    public async Task<IReadOnlyDictionary<string, ConversationReference>> FindAllAsync(string workspace, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(workspace, keys, cancellationToken);
        return read.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!, StringComparer.Ordinal);
    }

    /// <summary>Every key's usable reference or null: recent ones from memory, the rest in one lookup, which is then remembered.</summary>
    private async Task<Dictionary<string, ConversationReference?>> ReadAsync(string workspace, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var references = new Dictionary<string, ConversationReference?>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in keys.Distinct())
        {
            if (recent.TryGet(workspace, key, out var known))
            {
                references[key] = known;
            }
            else
            {
                missing.Add(key);
            }
        }
        if (missing.Count == 0)
        {
            return references;
        }
        var found = (await store.FindAllAsync(AddressKeys.Channel, workspace, missing, cancellationToken)).ToDictionary(a => a.Key, StringComparer.Ordinal);
        foreach (var key in missing)
        {
            references[key] = Usable(found.GetValueOrDefault(key));
            recent.Put(workspace, key, references[key]);
        }
        return references;
    }

    public async Task<ConversationReference?> FindAsync(string workspace, string key, CancellationToken cancellationToken) =>
        Usable(await store.FindAsync(AddressKeys.Channel, workspace, key, cancellationToken));

    public async Task SaveAsync(string workspace, string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        await store.SaveAsync(Address(workspace, key, reference), cancellationToken);
        recent.Put(workspace, key, reference);
    }

    public async Task MarkUnusableAsync(string workspace, string key, string reason, CancellationToken cancellationToken)
    {
        await store.MarkUnusableAsync(AddressKeys.Channel, workspace, key, reason, cancellationToken);
        recent.Put(workspace, key, null);
    }

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
