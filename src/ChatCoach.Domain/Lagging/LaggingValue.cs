using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Lagging;

/// <summary>
/// One revision of a lagging metric's value for a quarter, with its provenance. Like monthly
/// values, a correction is a new revision and earlier ones stay. The unit is the one the value
/// was written in ($1.2M is currency, 31% a percentage), since lagging metrics are named in words.
/// </summary>
public sealed record LaggingValue(
    string MetricKey,
    string MetricName,
    Quarter Quarter,
    int Revision,
    decimal Value,
    Unit Unit,
    UserRef RecordedBy,
    DateTimeOffset RecordedAt,
    string Channel,
    string? Note = null);

/// <summary>A lagging value someone asked to record; the store makes it the next revision.</summary>
public sealed record NewLaggingValue(
    string MetricKey,
    string MetricName,
    Quarter Quarter,
    decimal Value,
    Unit Unit,
    UserRef RecordedBy,
    DateTimeOffset RecordedAt,
    string Channel,
    string? Note = null);
