using System.Globalization;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>A calendar month that a value is recorded for, written "2026-10".</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period like 2026-10.");

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 1900)
        {
            return false;
        }
        period = new Period(year, month);
        return true;
    }

    public Period Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public Period Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>"October 2026", as people say it.</summary>
    public string Display => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Oct 2026", for tables.</summary>
    public string ShortDisplay => FirstDay.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
