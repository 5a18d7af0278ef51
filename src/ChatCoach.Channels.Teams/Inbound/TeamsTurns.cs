using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Teams.Inbound;

/// <summary>
/// One turn with the coach: who spoke where (from the authenticated activity, never from its text),
/// what they said, and the reply rendered for Teams.
/// </summary>
internal sealed class TeamsTurns(ICoach coach, ConversationReferences references)
{
    public const string Channel = "teams";

    /// <summary>Null when the activity lacks the tenant, the sender's AAD id or the conversation.</summary>
    public static TurnContext? TurnOf(Activity activity)
    {
        if (activity.TenantId is not { Length: > 0 } tenant
            || !UserRef.TryParse($"teams:{activity.From?.AadObjectId}", out var caller)
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }
        var isDirect = activity.Conversation.ConversationType is null or ActivityTypes.PersonalConversation;
        return new TurnContext(new WorkspaceId(AddressKeys.Workspace(tenant)), caller!, Channel, conversationId, isDirect);
    }

    /// <summary>What the person did: words (typed, or a question offered as a button) read by the coach, or a button's or form's action run by the feature that made it.</summary>
    public Task<Reply> AnswerAsync(TurnContext turn, Heard answer, CancellationToken cancellationToken) => answer switch
    {
        Pressed pressed => coach.ActAsync(turn, pressed.Action, cancellationToken),
        Said said => coach.ReplyAsync(turn, said.Utterance, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "A person says or presses something."),
    };

    public async Task<PeopleNames> NamesAsync(WorkspaceId workspace, Reply reply, CancellationToken cancellationToken)
    {
        var users = PeopleNames.In(reply).Where(u => u.Channel == Channel).ToList();
        if (users.Count == 0)
        {
            return PeopleNames.None;
        }
        // Everyone the reply names in one lookup.
        var found = await references.FindAllAsync(workspace.Value, [.. users.Select(u => AddressKeys.User(u.LocalId)).Distinct()], cancellationToken);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            if (found.GetValueOrDefault(AddressKeys.User(user.LocalId))?.UserName is { Length: > 0 } name)
            {
                known[user.Id] = name;
            }
        }
        return new PeopleNames(known);
    }
}
