using System.Text.Json.Nodes;
using ChatCoach.Domain.Inbound;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatCoach.Channels.Slack.Inbound;

public enum SlackDeliveryKind
{
    UrlVerification,
    Event,
    Command,
    Interaction,
    Unreadable,
}

/// <summary>
/// One request from Slack, read just enough to acknowledge it and key it in the inbox. The same
/// reading serves HTTP bodies and Socket Mode envelopes, so both transports dedupe alike.
/// </summary>
/// <param name="DeliveryId">The inbox key; a re-delivery of the same thing yields the same key.</param>
/// <param name="Body">The JSON the handler needs later: the event callback, the command's fields, or the interaction payload.</param>
public sealed record SlackDelivery(SlackDeliveryKind Kind, string? DeliveryId, JsonObject? Body, string? Challenge = null)
{
    /// <summary>The request body an event's <see cref="Body"/> was parsed from, stored as it came.</summary>
    private string? _json;

    public const string Source = "slack";

    public static SlackDelivery Unreadable { get; } = new(SlackDeliveryKind.Unreadable, null, null);

    /// <summary>For an <see cref="SlackDeliveryKind.Unreadable"/> body whose JSON was malformed: what was wrong with it.</summary>
    public MalformedInput Problem { get; private init; }

    /// <summary>Reads an HTTP request body: JSON for the Events API, a form for commands and interactivity.</summary>
    public static SlackDelivery FromHttp(string? contentType, string body) =>
        contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            ? FromForm(body)
            : WellFormedJson.TryParseObject(body, out var problem) is { } json
                ? WithJson(FromEventJson(json), body)
                : Malformed(problem);

    private static SlackDelivery Malformed(MalformedInput problem) => Unreadable with { Problem = problem };

    private static SlackDelivery WithJson(SlackDelivery delivery, string json) =>
        delivery.Kind == SlackDeliveryKind.Event ? delivery with { _json = json } : delivery;

    /// <summary>
    /// A form whose field is given twice is as ambiguous as JSON with a repeated key (Slack never
    /// sends one), so it is read as nothing rather than as the two values joined with a comma.
    /// </summary>
    private static SlackDelivery FromForm(string body)
    {
        var fields = QueryHelpers.ParseQuery(body);
        return fields.Values.Any(v => v.Count > 1)
            ? Malformed(MalformedInput.RepeatedKey)
            : FromForm(fields.ToDictionary(f => f.Key, f => f.Value.ToString()));
    }

    public static SlackDelivery FromForm(Dictionary<string, string> form)
    {
        if (form.TryGetValue("payload", out var payload))
        {
            return WellFormedJson.TryParseObject(payload, out var problem) is { } json ? FromInteraction(json) : Malformed(problem);
        }
        if (form.TryGetValue("command", out _))
        {
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = value;
            }
            return FromCommand(fields);
        }
        return Unreadable;
    }

    public static SlackDelivery FromCommand(JsonObject? fields) =>
        fields is not null && Text(fields, "trigger_id") is { } trigger
            ? new SlackDelivery(SlackDeliveryKind.Command, $"command:{trigger}", fields)
            : Unreadable;

    public static SlackDelivery FromInteraction(JsonObject? payload) =>
        payload is not null && Text(payload, "type") is not null && (Text(payload, "trigger_id") ?? Text(payload, "action_ts")) is { } id
            ? new SlackDelivery(SlackDeliveryKind.Interaction, $"interaction:{id}", payload)
            : Unreadable;

    public static SlackDelivery FromEventJson(JsonObject? body)
    {
        switch (body is null ? null : Text(body, "type"))
        {
            case "url_verification":
                return new SlackDelivery(SlackDeliveryKind.UrlVerification, null, body, Text(body!, "challenge") ?? "");
            case "event_callback" when Text(body!, "event_id") is { } eventId && body!["event"] is JsonObject inner:
                return new SlackDelivery(SlackDeliveryKind.Event, EventKey(eventId, inner), body);
            default:
                return Unreadable;
        }
    }

    /// <summary>
    /// A message reaches a bot twice when it both mentions the bot and is in a conversation the bot
    /// reads (an app_mention and a message event, each with its own event_id). Keying messages by
    /// channel and ts makes the second one a duplicate, so it is answered once.
    /// </summary>
    private static string EventKey(string eventId, JsonObject inner) =>
        Text(inner, "type") is "app_mention" or "message" && Text(inner, "channel") is { } channel && Text(inner, "ts") is { } ts
            ? $"message:{channel}:{ts}"
            : $"event:{eventId}";

    /// <summary>
    /// What the inbox stores. An event keeps the request's own JSON (it parsed, so it is valid
    /// JSON) rather than a copy of the parsed tree written out again, on every acknowledgement.
    /// </summary>
    public string ToPayload() => _json is { } json
        ? string.Concat("{\"kind\":\"", Kind.ToString(), "\",\"body\":", json, "}")
        : new JsonObject { ["kind"] = Kind.ToString(), ["body"] = Body?.DeepClone() }.ToJsonString();

    public static SlackDelivery FromPayload(string payload)
    {
        var node = JsonNode.Parse(payload)!.AsObject();
        return new SlackDelivery(Enum.Parse<SlackDeliveryKind>(node["kind"]!.GetValue<string>()), null, node["body"] as JsonObject);
    }

    public static string? Text(JsonObject node, string property) =>
        node[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
