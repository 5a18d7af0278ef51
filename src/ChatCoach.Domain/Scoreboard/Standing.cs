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
public sealed record StandingRow(
    Indicator Indicator,
    RecordedValue? Latest,
    RecordedValue? Previous,
    decimal? Change,
    Trend Trend,
    TargetStatus Status,
    RecordedValue? CurrentPeriodEntry)
{
    /// <summary>True when the current reporting period has neither a value nor a not-available note.</summary>
    public bool MissingForCurrentPeriod => CurrentPeriodEntry is null;

    /// <summary>True when the owner said the current period's value is not available.</summary>
    public bool NotAvailableForCurrentPeriod => CurrentPeriodEntry?.Kind == ValueKind.NotAvailable;
}

/// <summary>The scoreboard as of a day: one row per indicator, in the board's order.</summary>
public sealed record Standing(Period ReportingPeriod, DateOnly AsOf, IReadOnlyList<StandingRow> Rows)
{
    public int ReportedCount => Rows.Count(r => !r.MissingForCurrentPeriod);

    public IEnumerable<StandingRow> Missing => Rows.Where(r => r.MissingForCurrentPeriod);
}
