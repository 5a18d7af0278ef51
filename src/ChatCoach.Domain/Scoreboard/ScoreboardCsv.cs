using System.Globalization;
using System.Text;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// One line of the export: a revision with its provenance and the row it belongs to. A lagging
/// metric's quarterly value has <see cref="Quarter"/> set (its key and name in the indicator columns,
/// <see cref="Period"/> unused); a monthly value has it null.
/// </summary>
public sealed record CsvRow(int Line, WorkspaceId Workspace, string IndicatorKey, string IndicatorName, string Unit, Period Period, int Revision,
    ValueKind Kind, decimal? Value, UserRef RecordedBy, DateTimeOffset RecordedAt, string Channel, string? Note, Quarter? Quarter = null);

/// <summary>
/// The scoreboard's CSV format (RFC 4180: comma-separated, double quotes around fields that need
/// them, a header line): every revision of every monthly value, with who recorded it, when and
/// where, then every revision of every lagging metric's quarterly value (period 2026-Q3). Import
/// reads the same format, so an export can be loaded elsewhere unchanged; files from before
/// quarterly rows existed are simply files without them.
/// </summary>
public static class ScoreboardCsv
{
    public static readonly string[] Header =
        ["workspace", "indicator_key", "indicator_name", "unit", "period", "revision", "kind", "value", "recorded_by", "recorded_at", "channel", "note"];

    public static string Write(WorkspaceId workspace, IReadOnlyList<Indicator> indicators, IEnumerable<RecordedValue> values, IEnumerable<LaggingValue>? lagging = null)
    {
        var rows = indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var csv = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        foreach (var v in values)
        {
            var indicator = rows.GetValueOrDefault(v.IndicatorKey);
            string?[] fields = [workspace.Value, v.IndicatorKey, indicator?.Name, indicator is null ? "" : UnitWords.Name(indicator.Unit), v.Period.ToString(),
                v.Revision.ToString(CultureInfo.InvariantCulture), v.Kind == ValueKind.Value ? "value" : "not_available",
                v.Value is { } number ? ValueFormatter.Invariant(number) : "", v.RecordedBy.Id,
                Time(v.RecordedAt), v.Channel, v.Note];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }
        foreach (var q in lagging ?? [])
        {
            string?[] fields = [workspace.Value, q.MetricKey, q.MetricName, UnitWords.Name(q.Unit), q.Quarter.ToString(), q.Revision.ToString(CultureInfo.InvariantCulture),
                "value", ValueFormatter.Invariant(q.Value), q.RecordedBy.Id, Time(q.RecordedAt), q.Channel, q.Note];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Every row, or every problem with its line number (nothing half-read).</summary>
    public static (IReadOnlyList<CsvRow> Rows, IReadOnlyList<string> Problems) Read(string text)
    {
        var records = Records(text).ToList();
        var problems = new List<string>();
        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            return ([], [$"line 1: the header must be {string.Join(',', Header)}."]);
        }
        var rows = new List<CsvRow>();
        foreach (var (line, fields) in records.Skip(1).Where(r => r.Fields.Any(f => f.Length > 0)))
        {
            var problem = Row(line, fields, out var row);
            if (problem is null)
            {
                rows.Add(row!);
            }
            else
            {
                problems.Add($"line {line}: {problem}");
            }
        }
        return (rows, problems);
    }

    private static string? Row(int line, List<string> f, out CsvRow? row)
    {
        row = null;
        if (f.Count != Header.Length)
        {
            return $"{f.Count} fields, expected {Header.Length}.";
        }
        if (string.IsNullOrWhiteSpace(f[0]) || string.IsNullOrWhiteSpace(f[1]))
        {
            return "workspace and indicator_key must not be empty.";
        }
        Quarter? quarter = Quarter.TryParse(f[4], out var q) ? q : null;
        if (!Period.TryParse(f[4], out var period) && quarter is null)
        {
            return $"period '{f[4]}' is not a month like 2026-10 or a quarter like 2026-Q3.";
        }
        var kind = f[6].Trim().ToLowerInvariant() switch { "value" => ValueKind.Value, "not_available" => ValueKind.NotAvailable, _ => (ValueKind?)null };
        if (kind is null)
        {
            return $"kind '{f[6]}' must be value or not_available.";
        }
        if (quarter is not null && (kind != ValueKind.Value || UnitWords.ReadUnit(f[3]) is null))
        {
            return $"a quarterly value needs kind value and a unit ({UnitWords.UnitChoices}).";
        }
        decimal? value = decimal.TryParse(f[7], NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
        if (kind == ValueKind.Value && value is null)
        {
            return $"value '{f[7]}' is not a number (write it like 412.5, without units or separators).";
        }
        if (!UserRef.TryParse(f[8], out var by))
        {
            return $"recorded_by '{f[8]}' is not a user reference like slack:U123.";
        }
        if (!DateTimeOffset.TryParse(f[9], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return $"recorded_at '{f[9]}' is not an ISO-8601 time like 2026-11-03T09:30:00Z.";
        }
        _ = int.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out var revision);
        row = new CsvRow(line, new WorkspaceId(f[0].Trim()), f[1].Trim(), f[2], f[3], period, revision, kind.Value, kind == ValueKind.Value ? value : null,
            by!, at, string.IsNullOrWhiteSpace(f[10]) ? "import" : f[10].Trim(), string.IsNullOrEmpty(f[11]) ? null : f[11], quarter);
        return null;
    }

    private static string Quote(string? field)
    {
        var text = field ?? "";
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>RFC 4180 records with the line each starts on (a quoted field may span lines).</summary>
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (start, fields);
                    fields = [];
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
