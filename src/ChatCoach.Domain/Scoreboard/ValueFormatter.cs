using System.Globalization;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Shows values the one way the bot writes them — 31%, $412, $1,250, 3, 14 days — so that every
/// number in a reply can be traced back to a recorded value.
/// </summary>
public static class ValueFormatter
{
    public static string CurrencySymbol => "$";

    public static string Format(decimal value, Unit unit) => unit switch
    {
        Unit.Percent => $"{Number(value)}%",
        Unit.Currency => value < 0 ? $"-{CurrencySymbol}{Number(-value)}" : $"{CurrencySymbol}{Number(value)}",
        Unit.Days => value == 1 ? "1 day" : $"{Number(value)} days",
        _ => Number(value),
    };

    /// <summary>A change between two values: "+3 pts", "-$43", "+1", "-2 days".</summary>
    public static string FormatChange(decimal change, Unit unit)
    {
        var sign = change > 0 ? "+" : change < 0 ? "-" : "±";
        var size = Math.Abs(change);
        return unit switch
        {
            Unit.Percent => $"{sign}{Number(size)} pts",
            Unit.Currency => $"{sign}{CurrencySymbol}{Number(size)}",
            Unit.Days => $"{sign}{Number(size)} {(size == 1 ? "day" : "days")}",
            _ => $"{sign}{Number(size)}",
        };
    }

    /// <summary>Thousands separators, at most two decimals, no trailing zeros.</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == decimal.Truncate(rounded)
            ? rounded.ToString("#,0", CultureInfo.InvariantCulture)
            : rounded.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>The value as stored: invariant, exact, no separators.</summary>
    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
