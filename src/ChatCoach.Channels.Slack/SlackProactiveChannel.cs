using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Channels.Slack.Install;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack;

/// <summary>Speaking first in Slack: a DM opened with conversations.open, or a post to a channel the bot is in.</summary>
public sealed class SlackProactiveChannel(SlackWebApi slack, SlackPictures pictures, ILogger<SlackProactiveChannel> logger) : IProactiveChannel
{
    public string Channel => "slack";

    public Task<DeliveryResult> SendDirectAsync(WorkspaceId workspace, UserRef user, Reply reply, CancellationToken cancellationToken) =>
        DeliverAsync(async () =>
        {
            var team = SlackWorkspaceConnection.TeamOf(workspace);
            var dm = await slack.For(team).Conversations.OpenAsync(user.LocalId, cancellationToken);
            await pictures.PostAsync(team, dm, reply, threadTs: null, cancellationToken);
        });

    public Task<DeliveryResult> SendToConversationAsync(WorkspaceId workspace, string conversationId, Reply reply, CancellationToken cancellationToken) =>
        DeliverAsync(() => pictures.PostAsync(SlackWorkspaceConnection.TeamOf(workspace), conversationId, reply, threadTs: null, cancellationToken));

    private async Task<DeliveryResult> DeliverAsync(Func<Task> send)
    {
        try
        {
            await send();
            return DeliveryResult.Sent;
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Slack {Method} refused a proactive message: {Error}", e.Method, e.Error);
            return new DeliveryResult(e.IsPermanent ? DeliveryOutcome.PermanentFailure : DeliveryOutcome.TransientFailure, e.Error, RetryAfterHint.Of(e));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new DeliveryResult(DeliveryOutcome.TransientFailure, e.Message, RetryAfterHint.Of(e));
        }
    }
}
