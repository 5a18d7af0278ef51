namespace ChatCoach.Channels.Teams.Protocol;

/// <summary>
/// The body of POST /v3/conversations for a 1:1 chat. Teams needs the tenant both at the top and
/// in channelData: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-the-conversation
/// </summary>
internal sealed record ConversationParameters(
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    string TenantId,
    TeamsChannelData ChannelData,
    bool IsGroup = false);

/// <summary>The answer to a conversation create.</summary>
internal sealed record ConversationResourceResponse(string? Id, string? ServiceUrl = null, string? ActivityId = null);

/// <summary>One page of GET /v3/conversations/{id}/pagedmembers.</summary>
internal sealed record PagedMembersResult(IReadOnlyList<ChannelAccount>? Members, string? ContinuationToken);
