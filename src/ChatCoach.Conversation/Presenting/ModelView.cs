using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Conversation.Presenting;

/// <summary>
/// The shapes a language model reads: every value already written the way the bot writes it
/// (<see cref="ValueFormatter"/>), people as mention tokens and dates without times — so what the
/// model repeats is what the grounding guard accepts.
/// </summary>
public static class ModelView
{
    public static object Standing(Standing standing) => new
    {
        ReportingPeriod = standing.ReportingPeriod.Display,
        AsOf = standing.AsOf.ToString("yyyy-MM-dd"),
        Reported = standing.ReportedCount,
        Indicators = standing.Rows.Count,
        Rows = standing.Rows.Select(row => new
        {
            Indicator = Describe(row.Indicator),
            Latest = row.Latest is { } latest ? Value(latest, row.Indicator.Unit) : null,
            Previous = row.Previous is { } previous ? Value(previous, row.Indicator.Unit) : null,
            Change = row.Change is { } change ? ValueFormatter.FormatChange(change, row.Indicator.Unit) : null,
            Trend = row.Trend.ToString(),
            AgainstTarget = row.Status.ToString(),
            MissingForReportingPeriod = row.MissingForCurrentPeriod,
            // The month turn: a newer month already in settles the reporting period (decision 0009).
            ReportedFor = row.CurrentPeriodEntry?.Period.Display,
            // The same words every surface shows: which month is due, by when, when it differs from the latest value.
            Due = RowDueWording.Note(row, standing),
        }).ToList(),
    };

    public static object Missing(Standing standing) => new
    {
        ReportingPeriod = standing.ReportingPeriod.Display,
        AsOf = standing.AsOf.ToString("yyyy-MM-dd"),
        Indicators = standing.Rows.Count,
        Missing = standing.Missing.Select(r => Describe(r.Indicator)).ToList(),
        NotAvailable = standing.Rows.Where(r => r.NotAvailableForCurrentPeriod)
            .Select(r => new { Indicator = Describe(r.Indicator), r.CurrentPeriodEntry?.Note }).ToList(),
    };

    public static object Describe(Indicator indicator) => new
    {
        indicator.Key,
        indicator.Name,
        Unit = indicator.Unit.ToString().ToLowerInvariant(),
        BetterWhen = indicator.BetterWhen.ToString().ToLowerInvariant(),
        Target = Amount(indicator.Target, indicator.Unit),
        Owner = Person(indicator.Owner),
    };

    public static object Value(RecordedValue value, Unit unit) => new
    {
        Period = value.Period.Display,
        Value = value.HasNumber ? ValueFormatter.Format(value.Value!.Value, unit) : "not available",
        value.Revision,
        RecordedBy = Person(value.RecordedBy),
        RecordedOn = value.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd"),
        value.Note,
    };

    public static string? Amount(decimal? amount, Unit unit) => amount is { } a ? ValueFormatter.Format(a, unit) : null;

    // An integration is named as the chat names it, never as a mention the model might echo at someone.
    public static string? Person(UserRef? user) => user is null ? null : ApiCaller.Describe(user) ?? MentionSyntax.Write(user);
}
