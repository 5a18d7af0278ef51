using System.Globalization;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>
/// The standing in Block Kit: per indicator a section with fields and a context line with
/// provenance. A board too large for that inside 50 blocks gets one section per indicator, and a
/// larger one still gets several indicators per section — every row always appears.
/// </summary>
internal static class StandingBlocks
{
    public static IEnumerable<JsonObject> Render(Standing standing, int blocksLeft)
    {
        var rows = standing.Rows;
        if (rows.Count * 2 <= blocksLeft)
        {
            return rows.SelectMany(r => new[] { Fields(r, standing), Context(Provenance(r)) });
        }
        var lines = rows.Select(r => $"*{Mrkdwn.Escape(r.Indicator.Name)}*: {Value(r)}{Suffix(Change(r))}{Suffix(Status(r, standing))} — {Provenance(r)}").ToList();
        return rows.Count <= blocksLeft ? lines.Select(Section) : Packed(lines, blocksLeft);
    }

    private static JsonObject Fields(StandingRow row, Standing standing) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray(
            Text($"*{Mrkdwn.Escape(BlockKitLimits.Cut(row.Indicator.Name, 1000))}*\n{Value(row)}"),
            Text($"{Change(row) ?? "no change yet"}\n{Status(row, standing) ?? " "}")),
    };

    private static JsonObject Context(string text) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(Text(text)),
    };

    public static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = Text(BlockKitLimits.Cut(text, BlockKitLimits.SectionText)) };

    public static JsonObject Text(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static IEnumerable<JsonObject> Packed(List<string> lines, int blocksLeft)
    {
        var sections = new List<string> { "" };
        var perSection = (int)Math.Ceiling(lines.Count / (double)blocksLeft);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && (i % perSection == 0 || sections[^1].Length + lines[i].Length + 1 > BlockKitLimits.SectionText))
            {
                sections.Add("");
            }
            sections[^1] += (sections[^1].Length > 0 ? "\n" : "") + lines[i];
        }
        return sections.Select(Section);
    }

    private static string Value(StandingRow row) => row.Latest is { } v
        ? $"{ValueFormatter.Format(v.Value!.Value, row.Indicator.Unit)} ({v.Period.ShortDisplay})"
        : "no value yet";

    private static string? Change(StandingRow row) => row.Change is { } c
        ? $"{(c > 0 ? "↑" : c < 0 ? "↓" : "→")} {ValueFormatter.FormatChange(c, row.Indicator.Unit)}{row.Trend switch { Trend.Improving => " (better)", Trend.Worsening => " (worse)", _ => "" }}"
        : null;

    private static string? Status(StandingRow row, Standing standing)
    {
        var target = row.Status switch
        {
            TargetStatus.OnTrack => $":white_check_mark: on target ({ValueFormatter.Format(row.Indicator.Target!.Value, row.Indicator.Unit)})",
            TargetStatus.OffTrack => $":x: off target ({ValueFormatter.Format(row.Indicator.Target!.Value, row.Indicator.Unit)})",
            _ => null,
        };
        var current = RowDueWording.Note(row, standing) is not { } note ? null
            : RowDueWording.StateOf(row, standing) == RowDue.Overdue ? $":hourglass: {note}" : note;
        return target is null && current is null ? null : string.Join(" · ", new[] { target, current }.OfType<string>());
    }

    private static string Provenance(StandingRow row)
    {
        var owner = row.Indicator.Owner is { } o ? $"owner {Mrkdwn.Who(o)}" : "no owner";
        return row.Latest is { } v
            ? $"recorded by {Mrkdwn.Who(v.RecordedBy)} on {v.RecordedAt.ToString("MMM d", CultureInfo.InvariantCulture)} · {owner}"
            : owner;
    }

    private static string Suffix(string? part) => part is null ? "" : $" · {part}";
}
