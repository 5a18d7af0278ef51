using System.Text;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Console;

/// <summary>The scoreboard's tables as aligned columns, with arrows for trends and marks for status.</summary>
internal static class ConsoleTables
{
    private const int NameWidth = 44;

    public static string Standing(Standing standing) => Table(
        ["Indicator", "Latest", "Change", "Target", "Status", "Recorded"],
        standing.Rows.Select(r => StandingCells(r, standing)));

    private static string[] StandingCells(StandingRow row, Standing standing)
    {
        var unit = row.Indicator.Unit;
        var latest = row.Latest is { } v ? $"{ValueFormatter.Format(v.Value!.Value, unit)} ({v.Period.ShortDisplay})" : "—";
        var change = row.Change is { } c ? $"{Arrow(c)} {ValueFormatter.FormatChange(c, unit)}{TrendMark(row.Trend)}" : "";
        var target = row.Indicator.Target is { } t ? ValueFormatter.Format(t, unit) : "";
        var recorded = row.Latest is { } r ? $"{ConsoleRenderer.Who(r.RecordedBy)} on {ConsoleRenderer.Day(r.RecordedAt)}" : "";
        return [Shorten(row.Indicator.Name), latest, change, target, Status(row, standing), recorded];
    }

    private static string Status(StandingRow row, Standing standing)
    {
        var status = row.Status switch
        {
            TargetStatus.OnTrack => "✓ on target",
            TargetStatus.OffTrack => "✗ off target",
            _ => "",
        };
        var current = RowDueWording.NoteWithOwner(row, standing, ConsoleRenderer.Who) ?? "";
        return string.Join("; ", new[] { status, current }.Where(s => s.Length > 0));
    }

    public static string History(HistoryTable history)
    {
        var unit = history.Indicator.Unit;
        var newestPerPeriod = history.Revisions.GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Max(r => r.Revision));
        var rows = history.Revisions.Select(r => new[]
        {
            r.Period.ToString(),
            r.HasNumber ? ValueFormatter.Format(r.Value!.Value, unit) : "not available",
            ConsoleRenderer.Who(r.RecordedBy),
            r.RecordedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            r.Revision < newestPerPeriod[r.Period] ? "corrected later" : "",
            r.Note ?? "",
        });
        var better = history.Indicator.BetterWhen == BetterWhen.Higher ? "higher" : "lower";
        return $"History of {history.Indicator.Name} ({better} is better)\n" +
               Table(["Period", "Value", "Recorded by", "At (UTC)", "", "Note"], rows);
    }

    public static string Owners(OwnerTable owners) => Table(
        ["Indicator", "Owner"],
        owners.Indicators.Select(i => new[] { Shorten(i.Name), i.Owner is { } o ? ConsoleRenderer.Who(o) : "no owner" }));

    private static string Arrow(decimal change) => change > 0 ? "↑" : change < 0 ? "↓" : "→";

    private static string TrendMark(Trend trend) => trend switch
    {
        Trend.Improving => " (better)",
        Trend.Worsening => " (worse)",
        _ => "",
    };

    private static string Shorten(string name) => name.Length <= NameWidth ? name : name[..(NameWidth - 1)] + "…";

    private static string Table(string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, column) => all.Max(r => r[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            text.Append("  ").AppendLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }
        return text.ToString().TrimEnd();
    }
}
