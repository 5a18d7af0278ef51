using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// The standing's card elements, built once per standing and the names it shows. The scoreboard
/// hands every turn the same standing until something is recorded (StandingMemo), so a burst of
/// "where do we stand" in Teams builds its table once — on the mix, building it was 5–8% of the
/// host's on-CPU samples in the Teams phases. Each message gets elements that wrap the stored JSON
/// and are written straight from it (a JSON node has one parent, so the elements cannot be
/// shared), as Slack's blocks are (StandingBlocksMemo). The names are part of the key: a person whose stored
/// name changed is shown under the new one. Keyed weakly: a superseded standing and its card are
/// collected together (PerStanding).
/// </summary>
internal static class StandingCardMemo
{
    private static readonly PerStanding<JsonElement> ByStanding = new();

    public static IEnumerable<JsonObject> Elements(Standing standing, PeopleNames names) =>
        ByStanding.GetOrBuild(standing, NamesShown(standing, names), () => JsonSerializer.SerializeToElement(new JsonArray([.. StandingCard.Elements(standing, names)])))
            .EnumerateArray().Select(element => JsonObject.Create(element)!);

    /// <summary>Every name the card can show (who recorded each row, its owner), in row order.</summary>
    private static string NamesShown(Standing standing, PeopleNames names) => string.Join('\n', standing.Rows.Select(row =>
        $"{(row.Latest is { } latest ? names.Display(latest.RecordedBy) : "")}\t{(row.Indicator.Owner is { } owner ? names.Display(owner) : "")}"));
}
