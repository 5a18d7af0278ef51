using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>The outcome of reading a value: a number, or a sentence that tells the person what to type.</summary>
public sealed record ParsedValue(decimal? Value, string? Error)
{
    public bool Ok => Value is not null;

    public static ParsedValue Success(decimal value) => new(value, null);

    public static ParsedValue Failure(string error) => new(null, error);
}

/// <summary>
/// Reads what people type for a value — 412, $412, 1.2k, 31%, 31 %, 14 days, 2 weeks, 3.5 — and
/// checks it against the indicator's unit (no percent above 100, no negative counts).
/// </summary>
public static partial class ValueParser
{
    [GeneratedRegex(@"^(?<cur>[$€£])?\s*(?<num>[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?|[-+]?\.\d+)\s*(?<mult>k|m|mm|bn)?\s*(?<suffix>%|percent|pct|days?|d|weeks?|wks?|w|dollars?|usd|eur|gbp)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ValuePattern();

    public static ParsedValue Parse(string? raw, Unit unit)
    {
        var text = (raw ?? "").Trim().TrimEnd('.', '!');
        if (text.Length is 0 or > 64)
        {
            return Unreadable(raw, unit);
        }
        var match = ValuePattern().Match(text);
        if (!match.Success)
        {
            return Unreadable(raw, unit);
        }
        var number = decimal.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var suffix = match.Groups["suffix"].Value.ToLowerInvariant();
        var currencyMarked = match.Groups["cur"].Success || suffix is "dollar" or "dollars" or "usd" or "eur" or "gbp";
        var percentMarked = suffix is "%" or "percent" or "pct";
        var weeks = suffix.StartsWith('w');
        var durationMarked = weeks || suffix.StartsWith('d') && !suffix.StartsWith("dollar", StringComparison.Ordinal);
        var multiplier = Multiplier(match.Groups["mult"].Value);

        var markError = MarkMismatch(raw!, unit, currencyMarked, percentMarked, durationMarked, multiplier != 1);
        if (markError is not null)
        {
            return ParsedValue.Failure(markError);
        }
        var value = number * multiplier * (weeks ? 7 : 1);
        return Validate(value, unit);
    }

    private static decimal Multiplier(string suffix) => suffix.ToLowerInvariant() switch
    {
        "k" => 1_000m,
        "m" or "mm" => 1_000_000m,
        "bn" => 1_000_000_000m,
        _ => 1m,
    };

    private static string? MarkMismatch(string raw, Unit unit, bool currency, bool percent, bool duration, bool scaled) => unit switch
    {
        _ when currency && unit != Unit.Currency => $"'{raw.Trim()}' looks like money, but this indicator is {Describe(unit)}. {Hint(unit)}",
        _ when percent && unit != Unit.Percent => $"'{raw.Trim()}' looks like a percentage, but this indicator is {Describe(unit)}. {Hint(unit)}",
        _ when duration && unit != Unit.Days => $"'{raw.Trim()}' looks like a duration, but this indicator is {Describe(unit)}. {Hint(unit)}",
        Unit.Percent or Unit.Days when scaled => $"'{raw.Trim()}' is scaled with k or m, which doesn't fit {Describe(unit)}. {Hint(unit)}",
        _ => null,
    };

    private static ParsedValue Validate(decimal value, Unit unit) => unit switch
    {
        _ when value < 0 => ParsedValue.Failure($"{Capitalised(Describe(unit))} can't be negative. {Hint(unit)}"),
        Unit.Percent when value > 100 => ParsedValue.Failure($"A percentage can't be above 100 ({ValueFormatter.Format(value, Unit.Percent)}). {Hint(unit)}"),
        Unit.Count when value != decimal.Truncate(value) => ParsedValue.Failure($"A count is a whole number. {Hint(unit)}"),
        _ => ParsedValue.Success(value),
    };

    private static ParsedValue Unreadable(string? raw, Unit unit) =>
        ParsedValue.Failure($"I couldn't read '{Shorten(raw)}' as {Describe(unit)}. {Hint(unit)}");

    public static string Describe(Unit unit) => unit switch
    {
        Unit.Percent => "a percentage",
        Unit.Currency => "an amount of money",
        Unit.Count => "a count",
        Unit.Days => "a number of days",
        _ => "a number",
    };

    public static string Hint(Unit unit) => unit switch
    {
        Unit.Percent => "Try something like 40%.",
        Unit.Currency => "Try something like $412 or 1.2k.",
        Unit.Count => "Try a whole number like 3.",
        Unit.Days => "Try something like 14 days or 2 weeks.",
        _ => "Try a number like 2.5.",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string? raw)
    {
        var text = (raw ?? "").Trim();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
