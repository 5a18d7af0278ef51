using System.Globalization;
using System.Text.Json;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Host.Api;

/// <summary>
/// Reads POST …/values bodies: at most the configured bytes, a JSON object with period (YYYY-MM, a
/// month that has ended) and value (a number, or text as typed in chat), note and source optional.
/// Each problem names its field.
/// </summary>
public static class ValueBody
{
    public sealed record Parsed(Period Period, string Value, string? Note);

    /// <summary>The body's bytes, or null when it is larger than <paramref name="cap"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int cap, CancellationToken cancellationToken)
    {
        if (request.ContentLength > cap)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The value to record, or the problem answer.</summary>
    public static (Parsed? Value, IResult? Problem) Parse(byte[] body, DateOnly today)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, ApiProblems.Field("body", "The body is not JSON. Send an object like {\"period\":\"2026-10\",\"value\":412}.", 400));
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, ApiProblems.Field("body", "The body must be a JSON object like {\"period\":\"2026-10\",\"value\":412}.", 400));
        }
        var period = PeriodOf(root, today);
        if (period.Problem is { } periodProblem)
        {
            return (null, ApiProblems.Field("period", periodProblem));
        }
        if (ValueOf(root) is not { } value)
        {
            return (null, ApiProblems.Field("value", "value is required: a number like 412, or text as you would type it, like \"31%\"."));
        }
        foreach (var field in new[] { "note", "source" })
        {
            if (TextOf(root, field).Problem is { } problem)
            {
                return (null, ApiProblems.Field(field, problem));
            }
        }
        return (new Parsed(period.Period!.Value, value, Note(TextOf(root, "note").Text, TextOf(root, "source").Text)), null);
    }

    private static (Period? Period, string? Problem) PeriodOf(JsonElement root, DateOnly today)
    {
        if (!root.TryGetProperty("period", out var element) || element.ValueKind != JsonValueKind.String)
        {
            return (null, "period is required, as the month in YYYY-MM form, like \"2026-10\".");
        }
        if (!Period.TryParse(element.GetString(), out var period) || element.GetString()!.Length != 7)
        {
            return (null, $"'{element.GetString()}' is not a month in YYYY-MM form, like \"2026-10\".");
        }
        return ReportingCalendar.IsClosed(period, today)
            ? (period, null)
            : (null, $"{period.Display} hasn't ended yet, so it has no monthly value; the latest month you can send is {Period.Of(today).Previous}.");
    }

    private static string? ValueOf(JsonElement root) =>
        !root.TryGetProperty("value", out var element) ? null
        : element.ValueKind == JsonValueKind.Number ? element.GetDecimalOrRaw()
        : element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()) ? element.GetString()
        : null;

    private static string GetDecimalOrRaw(this JsonElement number) =>
        number.TryGetDecimal(out var exact) ? exact.ToString(CultureInfo.InvariantCulture) : number.GetRawText();

    private static (string? Text, string? Problem) TextOf(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null ? (null, null)
        : element.ValueKind != JsonValueKind.String ? (null, $"{name} must be text.")
        : element.GetString()!.Length > 500 ? (null, $"{name} may be at most 500 characters.")
        : (string.IsNullOrWhiteSpace(element.GetString()) ? null : element.GetString()!.Trim(), null);

    /// <summary>The source travels in the note, where the history already shows it.</summary>
    private static string? Note(string? note, string? source) => (note, source) switch
    {
        (null, null) => null,
        (_, null) => note,
        (null, _) => $"source: {source}",
        _ => $"{note} (source: {source})",
    };
}
