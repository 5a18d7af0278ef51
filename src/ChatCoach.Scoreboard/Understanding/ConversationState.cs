using System.Text.Json;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// What a conversation carries from one turn to the next: the indicator and month last talked about
/// and how ("value", "owner", "history", "target"), so "and win rate?", "what about last month?",
/// "who owns it?" and "record 38 for it" are read in context; and a write waiting for a yes.
/// Words and keys only: figures are always read again from the scoreboard.
/// </summary>
public sealed record ConversationState(string? Indicator = null, string? Period = null, string? Topic = null, PendingWrite? Pending = null)
{
    public static readonly ConversationState Empty = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A document this version cannot read is treated as no context, never as an error.</summary>
    public static ConversationState FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }
        try
        {
            return JsonSerializer.Deserialize<ConversationState>(json, Json) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }
}
