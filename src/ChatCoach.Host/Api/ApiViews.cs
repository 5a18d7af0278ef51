using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Host.Api;

// What the values API answers, in JSON. Person ids stay machine-readable (recordedBy); "by" is the
// same provenance worded as the chat words it ("via API (hubspot-sync)" for an integration).

public sealed record IndicatorView(string Key, string Name, string Unit, string BetterWhen, decimal? Target, string? Owner, IReadOnlyList<string> LaggingMetrics, string? Why)
{
    public static IndicatorView Of(Indicator i) =>
        new(i.Key, i.Name, Words(i.Unit), Words(i.BetterWhen), i.Target, i.Owner?.Id, i.LaggingMetrics, i.Why);

    internal static string Words<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}

public sealed record ValueView(string Indicator, string Period, int Revision, string Kind, decimal? Value, string RecordedBy, string By, DateTimeOffset RecordedAt, string Channel, string? Note)
{
    public static ValueView Of(RecordedValue v) =>
        new(v.IndicatorKey, v.Period.ToString(), v.Revision, v.Kind == ValueKind.Value ? "value" : "not-available", v.Value,
            v.RecordedBy.Id, ApiCaller.Describe(v.RecordedBy) ?? "@" + v.RecordedBy.LocalId, v.RecordedAt, v.Channel, v.Note);
}

public sealed record HistoryView(IndicatorView Indicator, IReadOnlyList<ValueView> Revisions);

public sealed record StandingRowView(IndicatorView Indicator, ValueView? Latest, decimal? Change, string Trend, string Status, bool Missing);

public sealed record StandingView(string ReportingPeriod, DateOnly AsOf, int Reported, IReadOnlyList<StandingRowView> Rows)
{
    public static StandingView Of(Standing s) =>
        new(s.ReportingPeriod.ToString(), s.AsOf, s.ReportedCount, [.. s.Rows.Select(r => new StandingRowView(
            IndicatorView.Of(r.Indicator), r.Latest is { } latest ? ValueView.Of(latest) : null, r.Change,
            IndicatorView.Words(r.Trend), IndicatorView.Words(r.Status), r.MissingForCurrentPeriod))]);
}

/// <summary>The body of POST /api/v1/indicators/{key}/values. value is a number or the text as a person would type it ("31%").</summary>
public sealed record ValueInput(string Period, System.Text.Json.JsonElement Value, string? Note, string? Source);

/// <summary>The answer to a write: what was stored and, for a correction, what it replaced.</summary>
public sealed record RecordedView(ValueView Recorded, ValueView? Replaced);

public sealed record QuarterValueView(string Quarter, int Revision, decimal Value, string Unit, string RecordedBy, string By, DateTimeOffset RecordedAt, string Channel, string? Note)
{
    public static QuarterValueView Of(ChatCoach.Domain.Lagging.LaggingValue v) =>
        new(v.Quarter.ToString(), v.Revision, v.Value, IndicatorView.Words(v.Unit), v.RecordedBy.Id,
            ApiCaller.Describe(v.RecordedBy) ?? "@" + v.RecordedBy.LocalId, v.RecordedAt, v.Channel, v.Note);
}

/// <summary>A lagging metric, the rows that protect it, and every revision of its quarterly values, newest first.</summary>
public sealed record LaggingMetricView(string Key, string Name, IReadOnlyList<string> ProtectedBy, IReadOnlyList<QuarterValueView> Values);
