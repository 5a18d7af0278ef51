using System.Text.Json.Nodes;

namespace ChatCoach.Channels.Slack;

/// <summary>A message as Slack takes it: Block Kit blocks plus the plain-text fallback for notifications.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    public JsonObject ToArguments(string channel) => new()
    {
        ["channel"] = channel,
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
