using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>Surfaces other than messages: the value-entry modal and the Home tab.</summary>
public static class SlackViews
{
    public const string ValueModalCallback = "chatcoach.value";
    public const string ValueBlock = "value";
    public const string ValueAction = "value_input";

    /// <param name="metadata">Where to answer and what for, carried through the modal (private_metadata).</param>
    public static JsonObject ValueModal(InputValue input, string metadata) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = ValueModalCallback,
        ["private_metadata"] = metadata,
        ["title"] = PlainText("Record a value"),
        ["submit"] = PlainText("Record"),
        ["close"] = PlainText("Cancel"),
        ["blocks"] = new JsonArray(new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = ValueBlock,
            ["label"] = PlainText(BlockKitLimits.Cut($"{input.Name} for {input.Period}", 2000)),
            ["element"] = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = ValueAction,
                ["placeholder"] = PlainText("e.g. 412, $412, 31%, 14 days"),
            },
        }),
    };

    public static JsonObject Home(SlackMessage message) => new()
    {
        ["type"] = "home",
        ["blocks"] = message.Blocks.DeepClone(),
    };

    /// <summary>plain_text is never parsed for mentions or links; it only needs to be free of control characters.</summary>
    internal static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = ShownText.Clean(text) };
}
