using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Inbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// The bot speaking first (nudges, escalations, announcements), from stored conversation references:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
/// A direct message creates (or gets back) the 1:1 conversation, remembers it, then sends.
/// </summary>
internal sealed class TeamsProactiveChannel(
    ConversationReferences references,
    TrustedServiceUrls trusted,
    ConnectorClient connector,
    TeamsTurns turns,
    ILogger<TeamsProactiveChannel> logger) : IProactiveChannel
{
    public string Channel => TeamsTurns.Channel;

    public async Task<DeliveryResult> SendDirectAsync(WorkspaceId workspace, UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        if (user.Channel != Channel)
        {
            return new DeliveryResult(DeliveryOutcome.PermanentFailure, $"{user} is not a Teams user");
        }
        var key = AddressKeys.User(user.LocalId);
        var reference = await references.FindAsync(workspace.Value, key, cancellationToken);
        if (reference?.UserId is null)
        {
            return new DeliveryResult(DeliveryOutcome.PermanentFailure, $"no usable Teams address for {user}");
        }
        // Stored references come only from authenticated activities.
        trusted.Trust(reference.ServiceUrl);
        var conversationId = reference.ConversationId is { } known
            ? new PersonalConversation(known, null)
            : await CreatePersonalConversationAsync(workspace, key, reference, cancellationToken);
        return conversationId.Outcome is { } failure
            ? failure
            : await SendAsync(workspace, key, reference.ServiceUrl, conversationId.Id!, reply, cancellationToken);
    }

    public async Task<DeliveryResult> SendToConversationAsync(WorkspaceId workspace, string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var key = AddressKeys.Conversation(conversationId);
        var reference = await references.FindAsync(workspace.Value, key, cancellationToken);
        if (reference is null)
        {
            return new DeliveryResult(DeliveryOutcome.PermanentFailure, $"no usable Teams address for conversation {conversationId}");
        }
        trusted.Trust(reference.ServiceUrl);
        return await SendAsync(workspace, key, reference.ServiceUrl, conversationId, reply, cancellationToken);
    }

    private async Task<PersonalConversation> CreatePersonalConversationAsync(WorkspaceId workspace, string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters(
            new ChannelAccount(reference.BotId, reference.BotName),
            [new ChannelAccount(reference.UserId)],
            reference.TenantId,
            new TeamsChannelData(new TenantInfo(reference.TenantId)));
        var result = await connector.CreateConversationAsync(reference.ServiceUrl, parameters, cancellationToken);
        var created = result.Succeeded ? ActivityJson.TryRead<ConversationResourceResponse>(result.Body) : null;
        if (created?.Id is { Length: > 0 } id)
        {
            await references.SaveAsync(workspace.Value, key, reference with { ConversationId = id }, cancellationToken);
            return new PersonalConversation(id, null);
        }
        return new PersonalConversation(null, await FailedAsync(workspace, key, result, cancellationToken));
    }

    private async Task<DeliveryResult> SendAsync(WorkspaceId workspace, string key, string serviceUrl, string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var names = await turns.NamesAsync(workspace, reply, cancellationToken);
        var result = await connector.SendToConversationAsync(serviceUrl, conversationId, ReplyRenderer.Message(reply, names), cancellationToken);
        return result.Succeeded ? DeliveryResult.Sent : await FailedAsync(workspace, key, result, cancellationToken);
    }

    private async Task<DeliveryResult> FailedAsync(WorkspaceId workspace, string key, ConnectorResult result, CancellationToken cancellationToken)
    {
        var detail = result.Describe();
        logger.LogWarning("Proactive message to {Key} failed: {Detail}", key, detail);
        if (result.ReferenceUnusable)
        {
            await references.MarkUnusableAsync(workspace.Value, key, detail, cancellationToken);
            return new DeliveryResult(DeliveryOutcome.PermanentFailure, detail);
        }
        var transient = result.Status is null || (int)result.Status >= 500 || (int)result.Status is 429 or 412;
        return new DeliveryResult(transient ? DeliveryOutcome.TransientFailure : DeliveryOutcome.PermanentFailure, detail, result.RetryAfter);
    }

    private sealed record PersonalConversation(string? Id, DeliveryResult? Outcome);
}
