using System.Text.Json;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Board;
using ChatCoach.Plugins.Charts;
using ChatCoach.Plugins.Readiness;
using ChatCoach.Plugins.Scoreboard;

namespace ChatCoach.Planner.LanguageModel;

/// <summary>
/// What the model reads back from a function call: the result as compact JSON, with every value
/// already written the way the bot writes it (<see cref="ValueFormatter"/>), people as mention
/// tokens and dates without times — so what the model repeats is what the grounding guard accepts.
/// </summary>
public static class ResultsForModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(PluginResult result) => JsonSerializer.Serialize(Shape(result), Json);

    private static object Shape(PluginResult result) => result switch
    {
        // The board's results reach the model as the bot's own sentence: the figures in it are the ones the guard accepts.
        BoardResult b => new { Outcome = b.GetType().Name, Says = BoardReplies.Compose(b).PlainText },
        // The survey's results as the disclosure rule let them through (ReadinessDisclosure): the model reads what anyone may see, nothing more.
        SurveyResults r => new { Outcome = "survey results", Says = Readiness.ReadinessReplies.Compose(r).PlainText },
        StandingResult s => Standing(s.Standing),
        MissingResult m => Missing(m.Standing),
        OwnersResult o => new { Indicators = o.Indicators.Select(Describe).ToList() },
        HistoryResult h => new { Indicator = Describe(h.Indicator), Revisions = h.Revisions.Select(v => Value(v, h.Indicator.Unit)).ToList() },
        ValueRecorded v => new
        {
            Outcome = "recorded",
            Indicator = Describe(v.Indicator),
            Recorded = Value(v.Recorded, v.Indicator.Unit),
            Corrects = v.Replaced is { } old ? Value(old, v.Indicator.Unit) : null,
        },
        OwnerChanged o => new { Outcome = "owner changed", Indicator = Describe(o.Indicator), PreviousOwner = Person(o.Previous), Owner = Person(o.Owner) },
        TargetChanged t => new { Outcome = "target changed", Indicator = Describe(t.Indicator), PreviousTarget = Amount(t.Previous, t.Indicator.Unit), Target = Amount(t.Target, t.Indicator.Unit) },
        // The model reads what a picture shows, never its bytes; the picture itself goes under its answer.
        ChartResult c => new
        {
            Outcome = "chart shown to the person",
            Indicator = Describe(c.Trend.Indicator),
            From = c.Trend.From.Display,
            To = c.Trend.To.Display,
            Months = c.Trend.Points.Select(p => new { Period = p.Period.Display, Value = p.Value is { } v ? ValueFormatter.Format(v, c.Trend.Indicator.Unit) : null }).ToList(),
        },
        PanelResult p => new { Outcome = "instrument panel shown to the person", Standing = Standing(p.Standing) },
        UnknownIndicator u => new { Outcome = "unknown indicator", u.Asked, Candidates = u.Candidates.Select(c => c.Name).ToList() },
        InvalidInput i => new { Outcome = "invalid input", i.Message },
        Refusal r => new { Outcome = "refused", r.Reason, Owner = Person(r.Indicator?.Owner) },
        IndicatorReport r => new
        {
            Indicator = Describe(r.Indicator),
            Months = r.Months.Select(v => Value(v, r.Indicator.Unit)).ToList(),
            Change = r.Row.Change is { } change ? ValueFormatter.FormatChange(change, r.Indicator.Unit) : null,
            Trend = r.Row.Trend.ToString(),
            AgainstTarget = r.Row.Status.ToString(),
            AskedMonth = r.Asked?.Display,
            AskedValue = r.AskedValue is { } asked ? Value(asked, r.Indicator.Unit) : null,
        },
        OffTargetResult o => new
        {
            OffTargetFurthestFirst = o.OffTarget.Select(g => new { Indicator = Describe(g.Row.Indicator), Latest = Value(g.Row.Latest!, g.Row.Indicator.Unit), Gap = QuestionReplies.GapText(g) }).ToList(),
            OnTarget = o.OnTarget.Select(r => r.Indicator.Name).ToList(),
            NotCompared = o.NotComparable.Select(i => i.Name).ToList(),
        },
        ChangesResult c => new
        {
            RecordedIn = c.RecordedIn.Display,
            Changes = c.Changes.Select(x => new { Indicator = x.Indicator.Name, Value = Value(x.Value, x.Indicator.Unit), Corrects = x.Replaced is { } old ? Value(old, x.Indicator.Unit) : null }).ToList(),
        },
        QuarterResult q => new
        {
            Quarter = q.Display,
            Rows = q.Rows.Select(r => new { Indicator = r.Indicator.Name, Months = r.Months.OfType<RecordedValue>().Select(v => Value(v, r.Indicator.Unit)).ToList() }).ToList(),
        },
        _ => new { Outcome = result.GetType().Name },
    };

    private static object Standing(Standing standing) => new
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
        }).ToList(),
    };

    private static object Missing(Standing standing) => new
    {
        ReportingPeriod = standing.ReportingPeriod.Display,
        AsOf = standing.AsOf.ToString("yyyy-MM-dd"),
        Indicators = standing.Rows.Count,
        Missing = standing.Missing.Select(r => Describe(r.Indicator)).ToList(),
        NotAvailable = standing.Rows.Where(r => r.NotAvailableForCurrentPeriod)
            .Select(r => new { Indicator = Describe(r.Indicator), r.CurrentPeriodEntry?.Note }).ToList(),
    };

    private static object Describe(Indicator indicator) => new
    {
        indicator.Key,
        indicator.Name,
        Unit = indicator.Unit.ToString().ToLowerInvariant(),
        BetterWhen = indicator.BetterWhen.ToString().ToLowerInvariant(),
        Target = Amount(indicator.Target, indicator.Unit),
        Owner = Person(indicator.Owner),
    };

    private static object Value(RecordedValue value, Unit unit) => new
    {
        Period = value.Period.Display,
        Value = value.HasNumber ? ValueFormatter.Format(value.Value!.Value, unit) : "not available",
        value.Revision,
        RecordedBy = Person(value.RecordedBy),
        RecordedOn = value.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd"),
        value.Note,
    };

    private static string? Amount(decimal? amount, Unit unit) => amount is { } a ? ValueFormatter.Format(a, unit) : null;

    private static string? Person(UserRef? user) => user is null ? null : MentionSyntax.Write(user);
}
