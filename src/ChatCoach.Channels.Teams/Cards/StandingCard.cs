using System.Text.Json.Nodes;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// "Where do we stand" as an Adaptive Card Table (1.5): a row per indicator with value, trend,
/// status and provenance. Kept lean (no per-cell styling) so 40 indicators stay well under Teams'
/// 80 KB message limit.
/// </summary>
internal static class StandingCard
{
    public static IEnumerable<JsonObject> Elements(Standing standing, PeopleNames names) =>
    [
        AdaptiveCardRenderer.Marked(
            $"**Where we stand — {standing.ReportingPeriod.Display}** ({standing.ReportedCount} of {standing.Rows.Count} reported{(MonthTurnWording.AheadClause(standing) is { } ahead ? $", {ahead}" : "")})"),
        Table(["Indicator", "Value", "Trend", "Status"], standing.Rows.Select(r => Row(r, standing, names))),
    ];

    private static JsonObject[][] Row(StandingRow row, Standing standing, PeopleNames names) =>
    [
        [AdaptiveCardRenderer.Text(row.Indicator.Name), AdaptiveCardRenderer.Text(Provenance(row, standing, names), subtle: true)],
        [AdaptiveCardRenderer.Text(AdaptiveCardRenderer.Value(row.Latest, row.Indicator.Unit))],
        [AdaptiveCardRenderer.Text(Trend(row))],
        [AdaptiveCardRenderer.Text(Status(row))],
    ];

    private static string Provenance(StandingRow row, Standing standing, PeopleNames names)
    {
        var recorded = row.Latest is { } latest
            ? $"{latest.Period.Display}, recorded by {names.Display(latest.RecordedBy)} on {AdaptiveCardRenderer.Day(latest.RecordedAt)}"
            : "nothing recorded yet";
        return RowDueWording.NoteWithOwner(row, standing, names.Display) is { } note ? $"{recorded}; {note}" : recorded;
    }

    private static string Trend(StandingRow row) => row.Trend switch
    {
        Domain.Scoreboard.Trend.Improving => $"▲ {Change(row)}",
        Domain.Scoreboard.Trend.Worsening => $"▼ {Change(row)}",
        Domain.Scoreboard.Trend.Flat => "→ no change",
        _ => "—",
    };

    private static string Change(StandingRow row) =>
        row.Change is { } change ? ValueFormatter.FormatChange(change, row.Indicator.Unit) : "";

    private static string Status(StandingRow row) => row.Status switch
    {
        TargetStatus.OnTrack => "On track",
        TargetStatus.OffTrack => "Off track",
        TargetStatus.NoValue => "No value",
        _ => "No target",
    };

    internal static JsonObject Table(string[] headers, IEnumerable<JsonObject[][]> rows)
    {
        var table = new JsonArray { Cells(headers.Select(h => new[] { AdaptiveCardRenderer.Marked($"**{h}**") }).ToArray()) };
        foreach (var row in rows)
        {
            table.Add(Cells(row));
        }
        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = false,
            ["columns"] = new JsonArray([.. headers.Select((_, i) => new JsonObject { ["width"] = i == 0 ? 3 : 1 })]),
            ["rows"] = table,
        };
    }

    private static JsonObject Cells(JsonObject[][] cells) => new()
    {
        ["type"] = "TableRow",
        ["cells"] = new JsonArray([.. cells.Select(items => new JsonObject { ["type"] = "TableCell", ["items"] = new JsonArray([.. items]) })]),
    };
}
