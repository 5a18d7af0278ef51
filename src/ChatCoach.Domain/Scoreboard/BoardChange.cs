using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// One change to the board's rows, as the change log keeps it: which indicator, which field
/// ("added", "name", "target", "owner", "lagging_metric", "retired", "restored", …), the value
/// before and after, who changed it, when and through which channel.
/// </summary>
public sealed record BoardChange(
    string IndicatorKey,
    string Field,
    string? OldValue,
    string? NewValue,
    UserRef ChangedBy,
    DateTimeOffset ChangedAt,
    string Channel);
