using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// Marks each answer to an inbox row with the row's delivery id (chat.postMessage metadata), and
/// after a send that may have happened — the process died or the request failed mid-send — looks
/// for that mark in the thread (conversations.replies) or the channel (conversations.history)
/// before posting again. So a crash never answers a Slack event twice (decision 0018).
/// </summary>
public sealed class SlackAnswerMarks(SlackWebApi slack, ILogger<SlackAnswerMarks> logger)
{
    public const string EventType = "chatcoach_answer";

    /// <summary>How far back before the event's arrival a channel's history is read (clock skew between Slack and us).</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private const int Pages = 5;

    /// <summary>The metadata an answer to <paramref name="delivery"/> carries, or null outside the inbox.</summary>
    public static JsonObject? For(InboxDelivery? delivery) => delivery is null ? null : new JsonObject
    {
        ["event_type"] = EventType,
        ["event_payload"] = new JsonObject { ["delivery_id"] = delivery.DeliveryId },
    };

    /// <summary>True when the row's answer is already in the conversation (only asked for rows whose send was in flight).</summary>
    public async Task<bool> AlreadyPostedAsync(string? team, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        if (InboxDelivery.Handling is not { InFlight: true } delivery)
        {
            return false;
        }
        var since = delivery.ReceivedAt - Skew;
        try
        {
            var marks = await slack.For(team).Conversations.MetadataAsync(channel, threadTs, since, Pages, cancellationToken);
            var found = marks.Any(mark => Marks(mark, delivery.DeliveryId));
            logger.LogInformation("Slack delivery {DeliveryId} was in flight when its sender stopped: its answer is {Found} in {Channel}",
                delivery.DeliveryId, found ? "already" : "not", channel);
            return found;
        }
        catch (SlackApiException e) when (e.IsPermanent)
        {
            // An install from before the app asked for the history scopes cannot look: send, at least once.
            logger.LogWarning("Could not look for the answer to Slack delivery {DeliveryId} in {Channel} ({Error}); sending it again", delivery.DeliveryId, channel, e.Error);
            return false;
        }
    }

    private static bool Marks(JsonElement metadata, string deliveryId) =>
        metadata.TryGetProperty("event_type", out var type) && type.GetString() == EventType
        && metadata.TryGetProperty("event_payload", out var payload) && payload.ValueKind == JsonValueKind.Object
        && payload.TryGetProperty("delivery_id", out var id) && id.GetString() == deliveryId;
}
