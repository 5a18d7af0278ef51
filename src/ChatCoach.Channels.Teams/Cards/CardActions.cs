using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Buttons and inputs. Each is an Action.Execute (Universal Actions: answered in the invoke
/// response, so the card updates in place) with an Action.Submit fallback for clients without
/// Universal Actions (that arrives as a message with a value). Both carry the same data, so one
/// parser (<see cref="CardSubmission"/>) reads either: the utterance of a question offered as a
/// button, or the typed action of a button or form that does something.
/// </summary>
internal static class CardActions
{
    public const string UtteranceVerb = "utterance";
    public const string ActionVerb = "action";
    public const string FormVerb = "form";
    public const string ValueInputId = "value";

    public static JsonObject Choice(Choice choice) => choice.Action is { } action
        ? Execute(choice.Label, ActionVerb, new JsonObject { ["verb"] = ActionVerb, ["action"] = action.ToWire() })
        : Execute(choice.Label, UtteranceVerb, new JsonObject { ["verb"] = UtteranceVerb, ["utterance"] = choice.Utterance });

    /// <summary>Null for a form kept from before forms carried their action: it is shown without a button.</summary>
    public static JsonObject? Form(InputRequest request) => request.Submit is { } submit
        ? Execute("Save", FormVerb, new JsonObject { ["verb"] = FormVerb, ["action"] = submit.ToWire() })
        : null;

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

/// <summary>What a person did in Teams: said something (typed, or a question offered as a button), or pressed something that acts.</summary>
internal abstract record Heard;

internal sealed record Said(string Utterance) : Heard;

internal sealed record Pressed(ChatAction Action) : Heard;

/// <summary>Reads the data a card action sent back (Action.Submit value or Action.Execute data).</summary>
internal static class CardSubmission
{
    /// <summary>Null when the data is not one of ours, or a form came back without a value.</summary>
    public static Heard? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        return Text(data, "verb") switch
        {
            CardActions.UtteranceVerb => Text(data, "utterance") is { Length: > 0 } said ? new Said(said) : null,
            CardActions.ActionVerb => ChatAction.FromWire(Text(data, "action")) is { } action ? new Pressed(action) : null,
            CardActions.FormVerb => Form(data),
            _ => null,
        };
    }

    private static Pressed? Form(JsonElement data)
    {
        var value = Text(data, CardActions.ValueInputId)?.Trim();
        return string.IsNullOrEmpty(value) || ChatAction.FromWire(Text(data, "action")) is not { } submit ? null : new Pressed(submit.Answered(value));
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;
}
