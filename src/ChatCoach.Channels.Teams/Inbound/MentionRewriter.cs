using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Teams.Inbound;

/// <summary>
/// Turns a Teams message's text into the coach's form using the mention entities (never by
/// guessing at the text): the bot's own mention is removed; other people become
/// <c>&lt;@teams:{aadObjectId}&gt;</c> (<see cref="MentionSyntax"/>). Mention entities carry the
/// Teams user id ("29:…"), so the AAD object id is looked up in the conversation's roster:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#work-with-mentions
/// </summary>
internal sealed class MentionRewriter(ConnectorClient connector)
{
    private const int MaxRosterPages = 20;

    public async Task<string> RewriteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = activity.Text ?? "";
        var mentions = (activity.Entities ?? []).Where(e => e.Type == "mention" && e.Text is not null && e.Mentioned?.Id is not null).ToList();
        var others = mentions.Where(m => m.Mentioned!.Id != activity.Recipient?.Id).ToList();
        var aadIds = others.Count == 0 ? new Dictionary<string, string>() : await AadIdsAsync(activity, others, cancellationToken);
        foreach (var mention in mentions)
        {
            text = text.Replace(mention.Text!, Replacement(mention, activity, aadIds), StringComparison.Ordinal);
        }
        return Normalise(text);
    }

    private static string Replacement(Entity mention, Activity activity, Dictionary<string, string> aadIds)
    {
        var id = mention.Mentioned!.Id!;
        if (id == activity.Recipient?.Id)
        {
            return " ";
        }
        var aad = mention.Mentioned.AadObjectId ?? aadIds.GetValueOrDefault(id);
        return aad is not null && UserRef.TryParse($"teams:{aad}", out var user)
            ? MentionSyntax.Write(user!)
            : mention.Mentioned.Name ?? " ";
    }

    /// <summary>Pages through the roster (GET pagedmembers) until every mentioned id is found.</summary>
    private async Task<Dictionary<string, string>> AadIdsAsync(Activity activity, List<Entity> mentions, CancellationToken cancellationToken)
    {
        var wanted = mentions.Where(m => m.Mentioned!.AadObjectId is null).Select(m => m.Mentioned!.Id!).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var rosterId = activity.ChannelData?.Team?.Id ?? activity.Conversation?.Id;
        string? continuation = null;
        for (var page = 0; wanted.Count > found.Count && page < MaxRosterPages && rosterId is not null && activity.ServiceUrl is not null; page++)
        {
            var result = await connector.GetPagedMembersAsync(activity.ServiceUrl, rosterId, continuation, cancellationToken);
            var members = result.Succeeded ? ActivityJson.TryRead<PagedMembersResult>(result.Body) : null;
            foreach (var member in members?.Members ?? [])
            {
                if (member.Id is not null && member.AadObjectId is not null && wanted.Contains(member.Id))
                {
                    found[member.Id] = member.AadObjectId;
                }
            }
            continuation = members?.ContinuationToken;
            if (continuation is null)
            {
                break;
            }
        }
        return found;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split([' ', '\u00a0', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
