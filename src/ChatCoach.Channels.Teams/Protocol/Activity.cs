using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatCoach.Channels.Teams.Protocol;

/// <summary>
/// The parts of a Bot Framework activity the bot reads or writes. Unknown fields and unknown
/// activity types are ignored, as the protocol requires:
/// https://github.com/microsoft/Agents/blob/main/specs/activity/protocol-activity.md
/// </summary>
internal sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Summary { get; init; }
    public string? ReplyToId { get; init; }
    public string? Action { get; init; }
    public JsonElement? Value { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>The sender's IANA time zone, when their client said (Bot Framework's localTimezone).</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>The tenant, wherever this activity carries it.</summary>
    [JsonIgnore]
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>The sender's time zone from localTimezone, else from the Teams clientInfo entity.</summary>
    [JsonIgnore]
    public string? SenderTimeZone => LocalTimezone ?? Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Timezone;
}

internal sealed record ChannelAccount(string? Id, string? Name = null, string? AadObjectId = null);

internal sealed record ConversationAccount(
    string? Id,
    string? ConversationType = null,
    string? TenantId = null,
    bool? IsGroup = null);

internal sealed record TenantInfo(string? Id);

internal sealed record TeamInfo(string? Id, string? Name = null);

internal sealed record TeamsChannelData(TenantInfo? Tenant = null, TeamInfo? Team = null, string? EventType = null);

/// <summary>A mention, or the client-info entity that carries the sender's time zone.</summary>
internal sealed record Entity(string? Type, ChannelAccount? Mentioned = null, string? Text = null, string? Timezone = null);

/// <param name="Content">
/// A card as JSON nodes, written once, with the activity, when it is sent (turning the card into a
/// JSON element first wrote it and parsed it back for every card sent).
/// </param>
/// <param name="ContentUrl">For an image: a hosted URL or a data: URI with the bytes (how inline images travel).</param>
internal sealed record Attachment(string ContentType, JsonNode? Content = null, string? ContentUrl = null, string? Name = null);

internal static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // JSON to an API, never into HTML: no need to escape "▲" or "—" (and it keeps cards small).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Null when the body is not a JSON object shaped like an activity.</summary>
    public static Activity? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static T? TryRead<T>(string? body) where T : class
    {
        try
        {
            return body is null ? null : JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
