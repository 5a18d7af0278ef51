using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// What a button, a card action or a form carries back: the feature that made it, a verb and its
/// arguments — typed, so nothing is written as a sentence to be read back. The channel only carries
/// it (a Slack button's value or modal metadata, a Teams card's data); the coach hands it to the
/// feature named. It grants nothing: the feature acts through the turn's kernel, so who may write
/// is decided exactly as for a typed message, whatever a client sends back.
/// </summary>
/// <param name="Input">The argument a person's typed answer fills (a form's value), if any.</param>
public sealed record ChatAction(string Feature, string Verb, IReadOnlyDictionary<string, string> Arguments, string? Input = null)
{
    /// <summary>Longer wire forms are not ours: Slack allows 2,000 characters in a button's value.</summary>
    public const int MaxWireLength = 1500;

    public string? Argument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;

    /// <summary>The action with the person's answer in its input argument.</summary>
    public ChatAction Answered(string value) => Input is null
        ? this
        : this with { Arguments = new Dictionary<string, string>(Arguments, StringComparer.Ordinal) { [Input] = value }, Input = null };

    public string ToWire() => JsonSerializer.Serialize(new Wire(Feature, Verb, Arguments, Input));

    /// <summary>Null for anything that is not an action's wire form (a click from an older message, a forged payload).</summary>
    public static ChatAction? FromWire(string? wire)
    {
        if (wire is null || wire.Length > MaxWireLength)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Wire>(wire) is { Feature.Length: > 0, Verb.Length: > 0 } w
                ? new ChatAction(w.Feature, w.Verb, w.Arguments ?? new Dictionary<string, string>(), w.Input)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Wire(
        [property: JsonPropertyName("f")] string Feature,
        [property: JsonPropertyName("v")] string Verb,
        [property: JsonPropertyName("a")] IReadOnlyDictionary<string, string>? Arguments,
        [property: JsonPropertyName("i")] string? Input);
}
