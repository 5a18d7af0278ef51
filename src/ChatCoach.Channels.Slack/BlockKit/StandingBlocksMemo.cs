using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>
/// The standing's blocks, rendered once per standing and room. The scoreboard hands every turn the
/// same standing until something is recorded, so a burst of "where do we stand" formats it once;
/// each message then gets blocks that wrap the stored JSON and are written straight from it (a
/// JSON node has one parent, so the blocks themselves cannot be shared). Keyed weakly: a superseded
/// standing and its blocks are collected together (PerStanding).
/// </summary>
internal static class StandingBlocksMemo
{
    private static readonly PerStanding<JsonElement> ByStanding = new();

    public static IEnumerable<JsonObject> Render(Standing standing, int blocksLeft) =>
        ByStanding.GetOrBuild(standing, blocksLeft.ToString(CultureInfo.InvariantCulture), () => JsonSerializer.SerializeToElement(new JsonArray([.. Build(standing, blocksLeft)])))
            .EnumerateArray().Select(block => JsonObject.Create(block)!);

    private static IEnumerable<JsonObject> Build(Standing standing, int blocksLeft) =>
        StandingBlocks.Render(standing, blocksLeft).Prepend(BlockKitRenderer.Header($"Where we stand — {standing.ReportingPeriod.Display}"));
}
