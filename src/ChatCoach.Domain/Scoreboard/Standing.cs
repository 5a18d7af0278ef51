namespace ChatCoach.Domain.Scoreboard;

/// <summary>How the latest value compares with the previous one, read with the indicator's direction.</summary>
public enum Trend
{
    None,
    Flat,
    Improving,
    Worsening,
}

/// <summary>The latest value against the target, where one is set.</summary>
public enum TargetStatus
{
    NoTarget,
    NoValue,
    OnTrack,
    OffTrack,
}

/// <summary>One indicator's line in "where do we stand".</summary>
/// <param name="CurrentPeriodEntry">
/// The entry that settles the reporting period: the period's own value or not-available note, or,
/// once a later month has closed, that later month's entry (the newest wins). Null when missing.
/// </param>
public sealed record StandingRow(
    Indicator Indicator,
    RecordedValue? Latest,
    RecordedValue? Previous,
    decimal? Change,
    Trend Trend,
    TargetStatus Status,
    RecordedValue? CurrentPeriodEntry)
{
    /// <summary>True when neither the reporting period nor a later closed month has a value or a not-available note.</summary>
    public bool MissingForCurrentPeriod => CurrentPeriodEntry is null;

    /// <summary>True when the owner said the current period's value is not available.</summary>
    public bool NotAvailableForCurrentPeriod => CurrentPeriodEntry?.Kind == ValueKind.NotAvailable;
}

/// <summary>The scoreboard as of a day: one row per indicator, in the board's order.</summary>
/// <param name="DueDay">The reporting calendar's due day, so that every surface can name the date a month is due by.</param>
public sealed record Standing(Period ReportingPeriod, DateOnly AsOf, IReadOnlyList<StandingRow> Rows, int DueDay = ReportingCalendar.DefaultDueDay)
{
    public int ReportedCount => Rows.Count(r => !r.MissingForCurrentPeriod);

    public IEnumerable<StandingRow> Missing => Rows.Where(r => r.MissingForCurrentPeriod);

    /// <summary>Rows settled by a month newer than the reporting period (reported before it was due).</summary>
    public IEnumerable<StandingRow> ReportedAhead => Rows.Where(r => r.CurrentPeriodEntry?.Period > ReportingPeriod);

    /// <summary>The newest month that settles a row ahead of the reporting period, if any row is ahead.</summary>
    public Period? AheadPeriod => ReportedAhead.Select(r => (Period?)r.CurrentPeriodEntry!.Period).Max();
}
