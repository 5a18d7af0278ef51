using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChatCoach.Channels.Slack.BlockKit;
using static ChatCoach.Channels.Slack.Inbound.SlackDelivery;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>Where a click or a modal came from, so the answer goes back to that conversation and thread.</summary>
/// <param name="Team">The workspace the interaction happened in, from the signed payload.</param>
/// <param name="CallerTeam">The clicking person's own workspace (user.team_id); never carried through a modal.</param>
/// <param name="Submit">In a modal's metadata: the wire form of the action its answer runs.</param>
public sealed record InteractionPlace(string Team, string User, string Channel, string? Thread, string? Submit = null,
    [property: JsonIgnore] string? CallerTeam = null)
{
    public static InteractionPlace? Of(JsonObject payload)
    {
        var user = payload["user"] as JsonObject;
        var channel = (payload["channel"] as JsonObject) is { } c ? Text(c, "id") : null;
        var container = payload["container"] as JsonObject;
        channel ??= container is null ? null : Text(container, "channel_id");
        if (user is null || Text(user, "id") is not { } userId || channel is null)
        {
            return null;
        }
        var message = payload["message"] as JsonObject;
        var thread = (container is null ? null : Text(container, "thread_ts")) ?? (message is null ? null : Text(message, "thread_ts"));
        return new InteractionPlace(TeamOf(payload) ?? "", userId, channel, thread, CallerTeam: SlackTeams.Own(Text(user, "team_id")));
    }

    public string ToMetadata(InputValue input) =>
        JsonSerializer.Serialize(this with { Submit = input.Submit });

    /// <summary>
    /// The modal's private_metadata, with the submitter as the user (whoever opened the modal submits
    /// it). The team in it is only what the modal was opened for; <see cref="Team"/> stays as written,
    /// for the caller to hold against the signed payload's.
    /// </summary>
    public static InteractionPlace? FromMetadata(string? metadata, JsonObject payload)
    {
        try
        {
            var place = metadata is null ? null : JsonSerializer.Deserialize<InteractionPlace>(metadata);
            var user = payload["user"] as JsonObject;
            return place is null || user is null || Text(user, "id") is not { } userId || place.Submit is null
                ? null
                : place with { User = userId, CallerTeam = SlackTeams.Own(Text(user, "team_id")) };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The workspace a signed interaction payload happened in: team.id, else the user's team.</summary>
    public static string? TeamOf(JsonObject payload) =>
        (payload["team"] as JsonObject) is { } team ? Text(team, "id") : (payload["user"] as JsonObject) is { } user ? Text(user, "team_id") : null;
}
