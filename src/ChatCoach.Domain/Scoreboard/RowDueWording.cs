using System.Globalization;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// What a standing row says about the month that is due, the same on every surface (console, Slack,
/// Teams, the digest, the panel): "November overdue since Dec 5", "November due by Dec 5",
/// "November not available". A value is never shown beside a bare "missing": the reader is told
/// which month is owed, and the latest value keeps its own month.
/// </summary>
public static class RowDueWording
{
    public static RowDue StateOf(StandingRow row, Standing standing) =>
        row.NotAvailableForCurrentPeriod ? RowDue.NotAvailable
        : row.MissingForCurrentPeriod ? RowDue.Overdue
        : row.CurrentPeriodEntry!.Period < NewestClosed(standing) ? RowDue.Due
        : RowDue.Reported;

    /// <summary>The note for the row, or null when it is reported and nothing is owed.</summary>
    public static string? Note(StandingRow row, Standing standing)
    {
        var calendar = new ReportingCalendar(standing.DueDay);
        return StateOf(row, standing) switch
        {
            RowDue.NotAvailable => $"{Month(row.CurrentPeriodEntry!.Period, standing.AsOf)} not available",
            RowDue.Overdue => $"{Month(standing.ReportingPeriod, standing.AsOf)} overdue since {Day(calendar.DueDate(standing.ReportingPeriod))}",
            RowDue.Due => $"{Month(NewestClosed(standing), standing.AsOf)} due by {Day(calendar.DueDate(NewestClosed(standing)))}",
            _ => null,
        };
    }

    /// <summary>The note with who is asked for it: "(@dana)" or "(no owner)"; null when nothing is owed.</summary>
    public static string? NoteWithOwner(StandingRow row, Standing standing, Func<People.UserRef, string> who) =>
        Note(row, standing) is not { } note ? null
        : StateOf(row, standing) == RowDue.NotAvailable ? note
        : $"{note} ({(row.Indicator.Owner is { } owner ? who(owner) : "no owner")})";

    /// <summary>"November" within the last year of <paramref name="asOf"/>, else "November 2025".</summary>
    public static string Month(Period period, DateOnly asOf) =>
        MonthsBefore(period, asOf) < 12
            ? period.FirstDay.ToString("MMMM", CultureInfo.InvariantCulture)
            : period.Display;

    private static int MonthsBefore(Period period, DateOnly asOf) => (asOf.Year - period.Year) * 12 + asOf.Month - period.Month;

    private static string Day(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);

    private static Period NewestClosed(Standing standing) => Period.Of(standing.AsOf).Previous;
}
