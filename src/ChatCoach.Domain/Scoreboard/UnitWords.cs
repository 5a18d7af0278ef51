namespace ChatCoach.Domain.Scoreboard;

/// <summary>Reads how people name a unit or a direction: "percent", "dollars", "days", "a plain number"; "higher", "lower".</summary>
public static class UnitWords
{
    public static Unit? ReadUnit(string? text) => Clean(text) switch
    {
        "percent" or "percentage" or "percentages" or "%" or "pct" or "share" or "rate" => Unit.Percent,
        "currency" or "money" or "dollars" or "dollar" or "usd" or "$" or "euros" or "eur" or "pounds" or "gbp" or "cost" or "amount" => Unit.Currency,
        "count" or "counts" or "a count" or "whole number" or "items" => Unit.Count,
        "days" or "day" or "a number of days" or "duration" => Unit.Days,
        "number" or "plain number" or "a number" or "a plain number" or "plain" or "ratio" or "score" => Unit.Number,
        _ => null,
    };

    public static BetterWhen? ReadDirection(string? text) => Clean(text) switch
    {
        "higher" or "high" or "up" or "more" or "bigger" or "higher is better" or "increase" => BetterWhen.Higher,
        "lower" or "low" or "down" or "less" or "smaller" or "lower is better" or "decrease" => BetterWhen.Lower,
        _ => null,
    };

    public static string Name(Unit unit) => unit switch
    {
        Unit.Percent => "percent",
        Unit.Currency => "currency",
        Unit.Count => "count",
        Unit.Days => "days",
        _ => "plain number",
    };

    public const string UnitChoices = "percent, currency, count, days or plain number";

    private static readonly string[] Lead = ["measured in ", "in ", "as a ", "as an ", "as "];

    private static string Clean(string? text)
    {
        var clean = (text ?? "").Trim().Trim('.', ',').ToLowerInvariant();
        var lead = Lead.FirstOrDefault(l => clean.StartsWith(l, StringComparison.Ordinal));
        return (lead is null ? clean : clean[lead.Length..]).Trim();
    }
}
