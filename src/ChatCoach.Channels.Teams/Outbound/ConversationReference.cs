using System.Text.Json;
using ChatCoach.Channels.Teams.Protocol;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// What the bot needs to speak in a conversation or to a person later: the Bot Framework
/// "conversation reference", stored as the address payload. ConversationId is null for a user
/// whose 1:1 chat the bot has not created yet.
/// </summary>
internal sealed record ConversationReference(
    string ServiceUrl,
    string TenantId,
    string? ConversationId,
    string? ConversationType,
    string BotId,
    string? BotName,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? TimeZone = null)
{
    public string ToJson() => JsonSerializer.Serialize(this, ActivityJson.Options);

    public static ConversationReference? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Null when the activity lacks what a reference needs.</summary>
    public static ConversationReference? From(Activity activity)
    {
        if (activity.ServiceUrl is null || activity.TenantId is null || activity.Recipient?.Id is null)
        {
            return null;
        }
        return new ConversationReference(
            activity.ServiceUrl, activity.TenantId, activity.Conversation?.Id, activity.Conversation?.ConversationType,
            activity.Recipient.Id, activity.Recipient.Name, activity.From?.Id, activity.From?.AadObjectId, activity.From?.Name, activity.SenderTimeZone);
    }
}

internal static class AddressKeys
{
    public const string Channel = "teams";

    public static string User(string aadObjectId) => $"user:{aadObjectId}";

    public static string Conversation(string conversationId) => $"conversation:{conversationId}";

    public static string Workspace(string tenantId) => $"teams:{tenantId}";
}
