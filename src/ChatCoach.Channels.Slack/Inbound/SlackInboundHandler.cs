using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Channels.Slack.Install;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.People;
using Microsoft.Extensions.Logging;
using static ChatCoach.Channels.Slack.Inbound.SlackDelivery;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// Does the work for what the endpoint acknowledged: turns a Slack event, command or click into a
/// turn for the coach and posts the reply back. Translation only — no product logic lives here.
/// </summary>
public sealed class SlackInboundHandler(ICoach coach, SlackWebApi slack, SlackResponder responder, SlackPictures pictures, SlackInstaller installer, ILogger<SlackInboundHandler> logger)
    : IInboundHandler
{
    public string Source => SlackDelivery.Source;

    public async Task HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var delivery = FromPayload(inbound.Payload);
        try
        {
            await (delivery.Kind switch
            {
                SlackDeliveryKind.Event => OnEventAsync(delivery.Body!, cancellationToken),
                SlackDeliveryKind.Command => OnCommandAsync(delivery.Body!, cancellationToken),
                SlackDeliveryKind.Interaction => OnInteractionAsync(delivery.Body!, cancellationToken),
                _ => Task.CompletedTask,
            });
        }
        catch (SlackApiException e) when (e.IsAuthError)
        {
            // No usable token for this workspace (uninstalled, revoked, never installed): retrying cannot help.
            logger.LogWarning("Dropped Slack delivery {DeliveryId}: Slack {Method} refused the workspace's bot token ({Error})", inbound.DeliveryId, e.Method, e.Error);
        }
    }

    private async Task OnEventAsync(JsonObject callback, CancellationToken cancellationToken)
    {
        var team = Text(callback, "team_id") ?? "";
        var inner = callback["event"]!.AsObject();
        if (await OnLifecycleAsync(team, inner, cancellationToken))
        {
            return;
        }
        var api = slack.For(team);
        var me = await api.Auth.TestAsync(cancellationToken);
        switch (Text(inner, "type"))
        {
            case "app_mention" or "message" when IsFromPerson(inner, me) && IsForUs(inner):
                await AnswerMessageAsync(api, team, inner, me, cancellationToken);
                break;
            case "app_home_opened" when Text(inner, "tab") is null or "home" && Text(inner, "user") is { } user:
                var standing = await coach.ReplyAsync(Turn(team, user, user, isDirect: true), "where do we stand", cancellationToken);
                await api.Views.PublishAsync(user, SlackViews.Home(BlockKitRenderer.Render(standing)), cancellationToken);
                break;
            default:
                logger.LogDebug("Ignored Slack event {Type}", Text(inner, "type"));
                break;
        }
    }

    /// <summary>
    /// app_uninstalled, and tokens_revoked naming bot tokens, end the workspace's installation
    /// (https://api.slack.com/events/app_uninstalled). Handled before anything calls Slack: the token is already dead.
    /// </summary>
    private async Task<bool> OnLifecycleAsync(string team, JsonObject inner, CancellationToken cancellationToken)
    {
        var type = Text(inner, "type");
        var revokedBots = (inner["tokens"] as JsonObject)?["bot"] as JsonArray;
        if (type == "app_uninstalled" || (type == "tokens_revoked" && revokedBots is { Count: > 0 }))
        {
            await installer.RemoveAsync(team, type, cancellationToken);
            return true;
        }
        return type == "tokens_revoked";
    }

    /// <summary>Mentions anywhere, and plain messages only in a DM with the bot; never edits or bot posts.</summary>
    private static bool IsForUs(JsonObject inner) =>
        Text(inner, "type") == "app_mention" || (Text(inner, "channel_type") == "im" && Text(inner, "subtype") is null);

    private static bool IsFromPerson(JsonObject inner, SlackIdentity me) =>
        Text(inner, "bot_id") is null && Text(inner, "subtype") is not "bot_message" && Text(inner, "user") is { } user && user != me.UserId;

    private async Task AnswerMessageAsync(SlackTeamApi api, string team, JsonObject inner, SlackIdentity me, CancellationToken cancellationToken)
    {
        var channel = Text(inner, "channel")!;
        var isDirect = Text(inner, "channel_type") == "im";
        var text = SlackText.Read(Text(inner, "text") ?? "", me.UserId);
        // In a shared channel user_team is the speaker's own workspace (the message's team, in older payloads).
        var callerTeam = SlackTeams.Own(Text(inner, "user_team") ?? Text(inner, "team"));
        var reply = await coach.ReplyAsync(Turn(team, Text(inner, "user")!, channel, isDirect, callerTeam), text, cancellationToken);
        // Mentions in channels are answered in their thread; DMs in place (or in their thread, if any).
        var thread = Text(inner, "thread_ts") ?? (isDirect ? null : Text(inner, "ts"));
        await pictures.PostAsync(team, channel, reply, thread, cancellationToken);
    }

    private async Task OnCommandAsync(JsonObject command, CancellationToken cancellationToken)
    {
        var team = Text(command, "team_id") ?? "";
        var api = slack.For(team);
        var me = await api.Auth.TestAsync(cancellationToken);
        var channel = Text(command, "channel_id") ?? "";
        var isDirect = channel.StartsWith('D');
        var turn = Turn(team, Text(command, "user_id")!, channel, isDirect, SlackTeams.Own(Text(command, "user_team")));
        var reply = await coach.ReplyAsync(turn, SlackText.Read(Text(command, "text") ?? "", me.UserId), cancellationToken);
        await responder.RespondAsync(api, Text(command, "response_url"), channel, BlockKitRenderer.Render(isDirect ? reply : PrivatePictures(reply)), cancellationToken);
        if (isDirect)
        {
            await pictures.UploadAllAsync(team, channel, null, reply, cancellationToken);
        }
    }

    private Task OnInteractionAsync(JsonObject payload, CancellationToken cancellationToken) => Text(payload, "type") switch
    {
        "block_actions" => OnBlockActionAsync(payload, cancellationToken),
        "view_submission" => OnViewSubmissionAsync(payload, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task OnBlockActionAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var action = (payload["actions"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var actionId = action is null ? null : Text(action, "action_id");
        var where = InteractionPlace.Of(payload);
        if (actionId is null || where is null)
        {
            return;
        }
        if (actionId == BlockKitRenderer.InputAction && InputValue.Read(Text(action!, "value")) is { } input)
        {
            await slack.For(where.Team).Views.OpenAsync(Text(payload, "trigger_id")!, SlackViews.ValueModal(input, where.ToMetadata(input)), cancellationToken);
            return;
        }
        if (actionId.StartsWith(BlockKitRenderer.ChoiceActionPrefix, StringComparison.Ordinal) && Text(action!, "value") is { } utterance)
        {
            await AnswerInPlaceAsync(where, turn => coach.ReplyAsync(turn, utterance, cancellationToken), cancellationToken);
        }
        else if (actionId.StartsWith(BlockKitRenderer.ActionPrefix, StringComparison.Ordinal) && ChatAction.FromWire(Text(action!, "value")) is { } pressed)
        {
            await AnswerInPlaceAsync(where, turn => coach.ActAsync(turn, pressed, cancellationToken), cancellationToken);
        }
    }

    private async Task OnViewSubmissionAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var view = payload["view"] as JsonObject;
        if (view is null || Text(view, "callback_id") != SlackViews.ValueModalCallback || InteractionPlace.FromMetadata(Text(view, "private_metadata"), payload) is not { } where)
        {
            return;
        }
        var signed = InteractionPlace.TeamOf(payload);
        if (signed is null || signed != where.Team)
        {
            await RefuseForeignModalAsync(signed, where, cancellationToken);
            return;
        }
        var value = view["state"]?["values"]?[SlackViews.ValueBlock]?[SlackViews.ValueAction]?["value"]?.GetValue<string>() ?? "";
        if (ChatAction.FromWire(where.Submit) is { } submit)
        {
            await AnswerInPlaceAsync(where, turn => coach.ActAsync(turn, submit.Answered(value.Trim()), cancellationToken), cancellationToken);
        }
    }

    /// <summary>
    /// The modal's metadata names another workspace than the one Slack signed the submission for: it
    /// was altered, or opened elsewhere. Nothing is written; the submitter is told in their own workspace.
    /// </summary>
    private async Task RefuseForeignModalAsync(string? signed, InteractionPlace where, CancellationToken cancellationToken)
    {
        logger.LogWarning("Refused a Slack modal submission signed for team {Signed} whose metadata names team {Named}", signed ?? "(none)", where.Team);
        if (signed is not null)
        {
            // Posting to a user id opens (or reuses) the bot's direct message with them.
            await pictures.PostAsync(signed, where.User, Reply.Text(ForeignModal, Tone.Refusal), null, cancellationToken);
        }
    }

    private const string ForeignModal = "I did not save that: the form belongs to another workspace than the one you sent it from. Open it again from your own workspace's message.";

    private async Task AnswerInPlaceAsync(InteractionPlace where, Func<TurnContext, Task<Reply>> answer, CancellationToken cancellationToken)
    {
        var turn = Turn(where.Team, where.User, where.Channel, where.Channel.StartsWith('D'), where.CallerTeam);
        var reply = await answer(turn);
        await pictures.PostAsync(where.Team, where.Channel, reply, where.Thread, cancellationToken);
    }

    /// <summary>
    /// A /coach answer in a channel is seen only by the asker, but an uploaded file is seen by all:
    /// so there the picture is given in words, with a pointer to where it can be shown.
    /// </summary>
    private static Reply PrivatePictures(Reply reply) => new([.. reply.Parts.Select(part => part switch
    {
        Picture p => new Paragraph([new TextRun($"{p.AltText} (Mention me or write to me directly to get this as a picture: /coach answers are private, files are not.)")]),
        FileAttachment f => new Paragraph([new TextRun($"Mention me or write to me directly to get {f.FileName}: /coach answers are private, files are not. {f.Unsent}")]),
        _ => part,
    })]);

    private static TurnContext Turn(string team, string user, string channel, bool isDirect, string? callerTeam = null) =>
        new(new WorkspaceId($"slack:{team}"), new UserRef($"slack:{user}"), "slack", channel, isDirect,
            callerTeam is null ? null : new WorkspaceId($"slack:{callerTeam}"));
}
