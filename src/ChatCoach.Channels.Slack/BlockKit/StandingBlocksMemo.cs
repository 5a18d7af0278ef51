using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>
/// The standing's blocks, rendered once per standing and room. The scoreboard hands every turn the
/// same standing until something is recorded, so a burst of "where do we stand" formats it once;
/// each message then gets blocks that wrap the stored JSON and are written straight from it (a
/// JSON node has one parent, so the blocks themselves cannot be shared). Keyed weakly: a superseded
/// standing and its blocks are collected together.
/// </summary>
internal static class StandingBlocksMemo
{
    private static readonly ConditionalWeakTable<Standing, Rendered> ByStanding = new();

    private sealed record Rendered(int BlocksLeft, JsonElement Blocks);

    public static IEnumerable<JsonObject> Render(Standing standing, int blocksLeft)
    {
        if (!ByStanding.TryGetValue(standing, out var rendered) || rendered.BlocksLeft != blocksLeft)
        {
            var blocks = new JsonArray([.. Build(standing, blocksLeft)]);
            rendered = new Rendered(blocksLeft, JsonSerializer.SerializeToElement(blocks));
            ByStanding.AddOrUpdate(standing, rendered);
        }
        return rendered.Blocks.EnumerateArray().Select(block => JsonObject.Create(block)!);
    }

    private static IEnumerable<JsonObject> Build(Standing standing, int blocksLeft) =>
        StandingBlocks.Render(standing, blocksLeft).Prepend(BlockKitRenderer.Header($"Where we stand — {standing.ReportingPeriod.Display}"));
}
