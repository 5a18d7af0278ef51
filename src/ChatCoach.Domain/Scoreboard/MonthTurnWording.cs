namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// How every surface says that some rows count as reported because their newer month is already in
/// (the month turn, docs/decisions/0009-month-turn.md), so the standing, the digest, the Teams card
/// and the dry run all say it the same way.
/// </summary>
public static class MonthTurnWording
{
    /// <summary>"1 already with November 2026", or null when no row is ahead of the reporting period.</summary>
    public static string? AheadClause(Standing standing) =>
        standing.AheadPeriod is { } newer ? $"{standing.ReportedAhead.Count()} already with {newer.Display}" : null;

    /// <summary>The clause in parentheses with a leading space, or nothing.</summary>
    public static string AheadNote(Standing standing) =>
        AheadClause(standing) is { } clause ? $" ({clause})" : "";
}
