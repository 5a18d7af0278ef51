using System.Net;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Files;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Inbound;

/// <summary>
/// Does the work for an activity the endpoint acknowledged: called by the inbox processor, once per
/// delivery id. Messages (typed or card submissions) go to the coach and the reply goes back to the
/// conversation; installs store the reference and greet once. Invokes were already answered in
/// their HTTP response, so only their reference is refreshed here, except a file-consent answer,
/// whose upload is done here. A send the connector refuses for now throws, so the inbox retries the
/// row (decision 0022); one it refuses for good (the bot was removed) is logged and the row finished.
/// </summary>
internal sealed class TeamsInboundHandler(
    TeamsTurns turns,
    ConversationReferences references,
    TrustedServiceUrls trusted,
    MentionRewriter mentions,
    ConnectorClient connector,
    FileOffers files,
    FileConsentAnswers consents,
    ILogger<TeamsInboundHandler> logger) : IInboundHandler
{
    public const string SourceName = "teams";

    public string Source => SourceName;

    public async Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var activity = ActivityJson.TryParse(inbound.Payload);
        if (activity?.ServiceUrl is null)
        {
            logger.LogWarning("Ignored inbox event {DeliveryId}: not an activity", inbound.DeliveryId);
            return;
        }
        // The endpoint authenticated this activity before the inbox stored it.
        trusted.Trust(activity.ServiceUrl);
        var firstContact = await references.RefreshAsync(activity, cancellationToken);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await AnswerMessageAsync(activity, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate when firstContact && BotWasAdded(activity):
            case ActivityTypes.InstallationUpdate when firstContact && activity.Action?.StartsWith("add", StringComparison.Ordinal) == true:
                await GreetAsync(activity, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.FileConsentInvoke:
                await consents.AnswerAsync(activity, cancellationToken);
                break;
            default:
                break;
        }
    }

    private async Task AnswerMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = TeamsTurns.TurnOf(activity);
        var answer = activity.Value is { } value ? CardSubmission.Read(value) : Typed(await mentions.RewriteAsync(activity, cancellationToken));
        if (turn is null || answer is null)
        {
            logger.LogInformation("Ignored message {ActivityId}: no identifiable sender or nothing said", activity.Id);
            return;
        }
        var reply = await turns.AnswerAsync(turn, answer, cancellationToken);
        await SendAsync(activity, reply, cancellationToken);
    }

    private static Said? Typed(string? text) => string.IsNullOrWhiteSpace(text) ? null : new Said(text);

    // Only the bot's own arrival counts: a greeting per new member would spam a large team.
    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;

    private Task GreetAsync(Activity activity, CancellationToken cancellationToken) =>
        SendAsync(activity, Greeting.Reply, cancellationToken);

    private Task<ConnectorResult> DeliverAsync(Activity activity, Activity message, CancellationToken cancellationToken) =>
        activity.Id is { } id && activity.Type == ActivityTypes.Message
            ? connector.ReplyToActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id!, id, message, cancellationToken)
            : connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, message, cancellationToken);

    private static Activity WithOffers(Activity message, IReadOnlyList<Attachment> offers) =>
        offers.Count == 0 ? message : message with { Attachments = [.. message.Attachments ?? [], .. offers] };

    private async Task SendAsync(Activity activity, Reply reply, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var names = TeamsTurns.TurnOf(activity) is { } turn ? await turns.NamesAsync(turn.Workspace, reply, cancellationToken) : PeopleNames.None;
        var (answer, offers) = await files.OfferAsync(activity, reply, cancellationToken);
        var result = await DeliverAsync(activity, WithOffers(ReplyRenderer.Message(answer, names), offers), cancellationToken);
        if (result.Status == HttpStatusCode.RequestEntityTooLarge && answer.Parts.OfType<Picture>().Any())
        {
            // Too large with its pictures inline: the same answer again, the pictures in words.
            result = await DeliverAsync(activity, WithOffers(ReplyRenderer.Message(answer, names, inlineImages: false), offers), cancellationToken);
        }
        if (result.Succeeded)
        {
            return;
        }
        if (result.Transient)
        {
            // The inbox retries the row within its window, no sooner than the connector asked, and
            // re-sends the kept reply without running the turn again (decision 0021).
            throw new HttpRequestException($"Reply to conversation {conversationId} failed: {result.Describe()}", null, result.Status)
                .With(result.RetryAfter);
        }
        logger.LogWarning("Reply to conversation {ConversationId} failed for good: {Detail}", conversationId, result.Describe());
        if (result.ReferenceUnusable && activity.TenantId is { } tenant)
        {
            await references.MarkUnusableAsync(AddressKeys.Workspace(tenant), AddressKeys.Conversation(conversationId), result.Describe(), cancellationToken);
        }
    }
}
