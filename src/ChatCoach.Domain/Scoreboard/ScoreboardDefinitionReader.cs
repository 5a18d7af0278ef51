using System.Text.Json;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>The scoreboard definition file could not be used; every problem found is listed with its place.</summary>
public sealed class ScoreboardDefinitionException(IReadOnlyList<string> problems)
    : Exception("The scoreboard definition is not usable: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads a scoreboard definition (JSON; YAML is turned into the same shape by the host) and checks
/// all of it against <see cref="BoardRules"/>, so every mistake is named at start-up with its place
/// ("indicators[2].unit"), not discovered when a new workspace is seeded.
/// </summary>
public static class ScoreboardDefinitionReader
{
    public static ScoreboardTemplate Parse(string json, string source)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ScoreboardDefinitionException([$"{source} is not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("indicators", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            throw new ScoreboardDefinitionException([$"{source} must hold an object with a list \"indicators\"."]);
        }
        var indicators = new List<Indicator>();
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            if (Row(row, $"indicators[{index}]", indicators, problems) is { } indicator)
            {
                indicators.Add(indicator with { Position = indicators.Count + 1 });
            }
            index++;
        }
        if (index == 0)
        {
            problems.Add("indicators: the list is empty; a scoreboard needs at least one row.");
        }
        if (index > BoardRules.MaxActive)
        {
            problems.Add($"indicators: {index} rows, more than the {BoardRules.MaxActive} a scoreboard holds.");
        }
        return problems.Count == 0 ? new ScoreboardTemplate(indicators, source) : throw new ScoreboardDefinitionException(problems);
    }

    private static Indicator? Row(JsonElement row, string place, List<Indicator> before, List<string> problems)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{place}: each row must be an object with at least name, unit and better.");
            return null;
        }
        var count = problems.Count;
        var name = Text(row, "name");
        if (BoardRules.NameProblem(name ?? "") is { } bad)
        {
            problems.Add($"{place}.name: {bad}");
        }
        var unit = UnitWords.ReadUnit(Text(row, "unit"));
        if (unit is null)
        {
            problems.Add($"{place}.unit: '{Text(row, "unit")}' is not a unit; use {UnitWords.UnitChoices}.");
        }
        var better = UnitWords.ReadDirection(Text(row, "better"));
        if (better is null)
        {
            problems.Add($"{place}.better: '{Text(row, "better")}' should be higher or lower.");
        }
        var key = Text(row, "key") ?? IndicatorKeys.Slug(name ?? "");
        if (key != IndicatorKeys.Slug(key))
        {
            problems.Add($"{place}.key: '{key}' must be lower-case letters, digits and dashes, like {IndicatorKeys.Slug(key)}.");
        }
        if (before.Any(i => i.Key == key) || (name is not null && BoardRules.Clash(name, before) is { } _))
        {
            problems.Add($"{place}: '{name}' ({key}) collides with or is too close to an earlier row.");
        }
        var target = Target(row, place, unit, problems);
        var owner = Owner(row, place, problems);
        if (problems.Count > count)
        {
            return null;
        }
        var aliases = row.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.ToString()).Where(x => x.Length > 0).ToList() : [];
        return new Indicator(key, name!.Trim(), unit!.Value, better!.Value, Text(row, "lagging") ?? "", target, owner, aliases, Why: Text(row, "why"));
    }

    private static decimal? Target(JsonElement row, string place, Unit? unit, List<string> problems)
    {
        if (Text(row, "target") is not { } written || unit is null)
        {
            return null;
        }
        var parsed = ValueParser.Parse(written, unit.Value);
        if (!parsed.Ok)
        {
            problems.Add($"{place}.target: {parsed.Error}");
        }
        return parsed.Value;
    }

    private static UserRef? Owner(JsonElement row, string place, List<string> problems)
    {
        if (Text(row, "owner") is not { } written)
        {
            return null;
        }
        if (!UserRef.TryParse(written, out var owner))
        {
            problems.Add($"{place}.owner: '{written}' is not a user reference like slack:U123, teams:<id> or local:dana.");
        }
        return owner;
    }

    /// <summary>A field as text whatever its JSON type (YAML turns every scalar into a string).</summary>
    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value.ToString().Trim() is { Length: > 0 } text ? text : null
            : null;
}
