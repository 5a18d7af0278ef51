using System.Text.Json;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// What the model reads back from a function call: the result's presenter's model view as compact
/// JSON (values written the way the bot writes them, people as mention tokens, dates without times).
/// </summary>
public static class ResultsForModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(PluginResult result) => JsonSerializer.Serialize(ResultPresenters.ForModel(result), Json);
}
