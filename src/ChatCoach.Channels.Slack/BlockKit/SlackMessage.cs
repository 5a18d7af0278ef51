using System.Text.Json.Nodes;

namespace ChatCoach.Channels.Slack;

/// <summary>A message as Slack takes it: Block Kit blocks plus the plain-text fallback for notifications.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>
    /// The Web API arguments. A JSON node has one parent, so the blocks go into the first call's
    /// arguments as they are and every later call (a retry, a second method, a copy of this
    /// message) gets its own copy: most messages are sent once, and copying the blocks was a tenth of
    /// what an answer allocated.
    /// </summary>
    public JsonObject ToArguments(string channel) => new()
    {
        ["channel"] = channel,
        ["text"] = Text,
        ["blocks"] = Blocks.Parent is null ? Blocks : Blocks.DeepClone(),
    };
}
