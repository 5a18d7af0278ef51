namespace ChatCoach.Domain.Scoreboard;

/// <summary>Where a standing row is with the months that are due.</summary>
public enum RowDue
{
    /// <summary>The newest closed month is in: nothing is owed.</summary>
    Reported,

    /// <summary>The reporting period is in; the month just ended is due soon.</summary>
    Due,

    /// <summary>The reporting period's value is past its due date and not in.</summary>
    Overdue,

    /// <summary>The owner said the value is not available for the month.</summary>
    NotAvailable,
}
