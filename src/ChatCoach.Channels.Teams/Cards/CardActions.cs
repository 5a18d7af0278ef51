using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Buttons and inputs. Each is an Action.Execute (Universal Actions: answered in the invoke
/// response, so the card updates in place) with an Action.Submit fallback for clients without
/// Universal Actions (that arrives as a message with a value). Both carry the same data, so one
/// parser (<see cref="CardSubmission"/>) turns either into the utterance.
/// </summary>
internal static class CardActions
{
    public const string UtteranceVerb = "utterance";
    public const string RecordVerb = "record";
    public const string ValueInputId = "value";

    public static JsonObject Choice(Choice choice) =>
        Execute(choice.Label, UtteranceVerb, new JsonObject { ["verb"] = UtteranceVerb, ["utterance"] = choice.Utterance });

    public static JsonObject Record(InputRequest request) =>
        Execute("Save", RecordVerb, new JsonObject
        {
            ["verb"] = RecordVerb,
            ["indicator"] = request.IndicatorKey,
            ["period"] = request.Period.ToString(),
        });

    private static JsonObject Execute(string title, string verb, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = data,
        ["fallback"] = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = data.DeepClone(),
        },
    };
}

/// <summary>Reads the data a card action sent back (Action.Submit value or Action.Execute data).</summary>
internal static class CardSubmission
{
    public static string? Utterance(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        return Text(data, "verb") switch
        {
            CardActions.UtteranceVerb => Text(data, "utterance"),
            CardActions.RecordVerb => RecordUtterance(data),
            _ => null,
        };
    }

    private static string? RecordUtterance(JsonElement data)
    {
        var indicator = Text(data, "indicator");
        var value = Text(data, CardActions.ValueInputId)?.Trim();
        if (indicator is null || string.IsNullOrEmpty(value) || !Domain.Scoreboard.Period.TryParse(Text(data, "period"), out var period))
        {
            return null;
        }
        // Same wording as InputRequest.UtteranceFor, so the planner reads one form.
        return new InputRequest("", indicator, indicator, period, Domain.Scoreboard.Unit.Count).UtteranceFor(value);
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;
}
