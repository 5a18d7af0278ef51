using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>Whether a revision carries a number or says the number is not available this period.</summary>
public enum ValueKind
{
    Value,
    NotAvailable,
}

/// <summary>
/// One revision of an indicator's value for a period, with its provenance. A correction is a new
/// revision; earlier revisions stay, so the history says who changed what and when.
/// </summary>
public sealed record RecordedValue(
    string IndicatorKey,
    Period Period,
    int Revision,
    ValueKind Kind,
    decimal? Value,
    UserRef RecordedBy,
    DateTimeOffset RecordedAt,
    string Channel,
    string? Note = null)
{
    public bool HasNumber => Kind == ValueKind.Value && Value is not null;
}

/// <summary>A value someone asked to record; the store turns it into the next revision.</summary>
public sealed record NewValue(
    string IndicatorKey,
    Period Period,
    ValueKind Kind,
    decimal? Value,
    UserRef RecordedBy,
    DateTimeOffset RecordedAt,
    string Channel,
    string? Note = null);
