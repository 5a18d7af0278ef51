using System.Text.RegularExpressions;
using ChatCoach.Domain.Lagging;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>A message that asks the board plugin for something: which function, with which arguments.</summary>
public sealed record BoardIntent(string Function, IReadOnlyDictionary<string, string?> Arguments) : Intent;

/// <summary>
/// Reads what admins and the team say about the board itself — "add an indicator called pipeline
/// per program dollar measured in dollars, higher is better", "rename win rate to competitive win
/// rate", "retire …", "bring back …", "what changed on the scoreboard" — and about why rows matter,
/// lagging metrics and the quarterly review. Works on the message as typed, so names keep their case.
/// </summary>
public static partial class ScoreboardAdminPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(please )?(add|create)( a| an)?( new)?( leading)? indicator( called| named)?:? (?<rest>.+)$", Options)]
    private static partial Regex Add();

    [GeneratedRegex(@"\b(measured in|in|as an?)\s+(?<unit>percent(age)?s?|%|dollars?|currency|money|euros?|counts?|days|plain numbers?|numbers?|a count|a number|a plain number)\b", Options)]
    private static partial Regex UnitClause();

    [GeneratedRegex(@"\b(?<dir>higher|lower|more|less) is better\b|\bbetter when (it is |it's )?(?<dir>higher|lower)\b", Options)]
    private static partial Regex DirectionClause();

    [GeneratedRegex(@"\b(with )?(a )?target (of |at )?(?<target>[$€£]?\d+(,\d{3})*(\.\d+)?\s*(k|m|%|days)?)", Options)]
    private static partial Regex TargetClause();

    [GeneratedRegex(@"\b(owned by|owner)\s+(?<who><@[^>]+>)", Options)]
    private static partial Regex OwnerClause();

    [GeneratedRegex(@"\b(it )?(protects|protecting|lagging metric( is)?)\s+(?<lag>.+?)(?=,|;? because\b|$)", Options)]
    private static partial Regex LaggingClause();

    [GeneratedRegex(@"\b(because|why:)\s+(?<why>.+)$", Options)]
    private static partial Regex WhyClause();

    [GeneratedRegex(@"^rename (the )?(indicator )?(?<ind>.+?) (to|as) (?<name>.+)$", Options)]
    private static partial Regex Rename();

    [GeneratedRegex(@"^(retire|remove|delete|drop|archive) (the )?(indicator )?(?!(the )?(target|owner)\b)(?<ind>.+?)( from the (score)?board)?$", Options)]
    private static partial Regex Retire();

    [GeneratedRegex(@"^(bring back|restore|reinstate|unretire|reactivate) (the )?(indicator )?(?<ind>.+?)( to the (score)?board)?$|^bring (the )?(indicator )?(?<ind>.+) back$", Options)]
    private static partial Regex Restore();

    [GeneratedRegex(@"^(set|change|make) (the )?lagging metric (of|for) (?<ind>.+?) (to|as) (?<lag>.+)$", Options)]
    private static partial Regex SetLagging();

    [GeneratedRegex(@"^(set|change) (the )?unit (of|for) (?<ind>.+?) to (?<unit>.+)$", Options)]
    private static partial Regex SetUnit();

    [GeneratedRegex(@"^(set|change) (the )?direction (of|for) (?<ind>.+?) to (?<dir>.+)$|^for (?<ind>.+?),? (?<dir>higher|lower) is better$", Options)]
    private static partial Regex SetDirection();

    [GeneratedRegex(@"^(what|show what)( has)? changed( on the (score)?board)?$|^(show )?(the )?(score)?board (changes|change log|history)$|^change log$", Options)]
    private static partial Regex Changes();

    [GeneratedRegex(@"^what (does|do) (?<ind>.+?) protect$|^what('s| is) the lagging metric (for|of|behind) (?<ind>.+)$|^(which|what) lagging metrics? does (?<ind>.+?) protect$", Options)]
    private static partial Regex Protects();

    [GeneratedRegex(@"^why (does|do|is|are) (?<ind>.+?) (matter|important)$|^why (do )?we (track|measure|report) (?<ind>.+)$|^why (?<ind>.+?) matters$", Options)]
    private static partial Regex Why();

    [GeneratedRegex(
        @"^(show )?(the |our )?quarterly review( (for|of) (?<q>.+))?$|^how did (?<q>q[1-4]( \d{4})?" +
        @"|\d{4}-?q[1-4]|the (last )?quarter) go$|^(show )?(the )?review (for|of) (?<q>q[1-4].*)$",
        Options)]
    private static partial Regex Review();

    [GeneratedRegex(@"^(record|log|enter|report) (?<val>[$€£]?\d+(,\d{3})*(\.\d+)?\s*(k|m|mm|bn|%)?) (for |of )?(?<metric>.+?) (for|in) (?<q>q[1-4]( (of )?\d{4})?|\d{4}-?q[1-4])$", Options)]
    private static partial Regex RecordLagging();

    [GeneratedRegex(@"^export( the| our)?( score ?board| values| history| data)?( as (a )?csv| to csv| as a file| to a file)?$", Options)]
    private static partial Regex Export();

    public static BoardIntent? Read(string message, DateOnly today)
    {
        var text = Clean(message);
        return ReadChange(text) ?? ReadQuestion(text, today);
    }

    private static BoardIntent? ReadChange(string text)
    {
        if (Add().Match(text) is { Success: true } add)
        {
            return ReadAdd(add.Groups["rest"].Value);
        }
        if (Rename().Match(text) is { Success: true } rename)
        {
            return Call("rename_indicator", ("indicator", rename.Groups["ind"].Value), ("newName", rename.Groups["name"].Value));
        }
        if (SetLagging().Match(text) is { Success: true } lagging)
        {
            return Call("set_lagging_metric", ("indicator", lagging.Groups["ind"].Value), ("laggingMetric", lagging.Groups["lag"].Value));
        }
        if (SetUnit().Match(text) is { Success: true } unit)
        {
            return Call("change_unit_or_direction", ("indicator", unit.Groups["ind"].Value), ("unit", unit.Groups["unit"].Value));
        }
        if (SetDirection().Match(text) is { Success: true } direction)
        {
            return Call("change_unit_or_direction", ("indicator", direction.Groups["ind"].Value), ("betterWhen", direction.Groups["dir"].Value));
        }
        if (Restore().Match(text) is { Success: true } restore)
        {
            return Call("restore_indicator", ("indicator", restore.Groups["ind"].Value));
        }
        return Retire().Match(text) is { Success: true } retire ? Call("retire_indicator", ("indicator", retire.Groups["ind"].Value)) : null;
    }

    private static BoardIntent? ReadQuestion(string text, DateOnly today)
    {
        if (Export().IsMatch(text))
        {
            return Call("export_values");
        }
        if (Changes().IsMatch(text))
        {
            return Call("get_board_changes");
        }
        var about = Protects().Match(text) is { Success: true } protects ? protects : Why().Match(text);
        if (about.Success)
        {
            return Call("explain_indicator", ("indicator", about.Groups["ind"].Value));
        }
        if (RecordLagging().Match(text) is { Success: true } record)
        {
            var quarter = Quarter.Find(record.Groups["q"].Value, today)?.Quarter.ToString();
            return Call("record_quarter_value", ("metric", record.Groups["metric"].Value), ("value", record.Groups["val"].Value), ("quarter", quarter));
        }
        if (Review().Match(text) is not { Success: true } review)
        {
            return null;
        }
        var named = review.Groups["q"].Success ? Quarter.Find(review.Groups["q"].Value, today)?.Quarter.ToString() : null;
        return Call("get_quarterly_review", ("quarter", named));
    }

    /// <summary>The unit a message names ("measured in days", "as a percentage"), as the add phrase reads it; null when none.</summary>
    public static string? UnitIn(string text) => UnitClause().Match(text) is { Success: true } unit ? unit.Groups["unit"].Value : null;

    /// <summary>Which way is better ("lower is better", "better when higher"); null when the message does not say.</summary>
    public static string? BetterWhenIn(string text) => DirectionClause().Match(text) is { Success: true } direction ? direction.Groups["dir"].Value : null;

    /// <summary>The name runs up to the first comma or clause; each clause may come in any order after it.</summary>
    /// <param name="rest">What follows "add an indicator called", or the new name however it was introduced.</param>
    public static BoardIntent ReadAdd(string rest)
    {
        Match[] clauses = [UnitClause().Match(rest), DirectionClause().Match(rest), TargetClause().Match(rest),
            OwnerClause().Match(rest), LaggingClause().Match(rest), WhyClause().Match(rest)];
        var end = clauses.Where(c => c.Success).Select(c => c.Index).Append(rest.IndexOf(',', StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(rest.Length).Min();
        string? Group(Match match, string name) => match.Success ? match.Groups[name].Value.Trim() : null;
        return Call("add_indicator",
            ("name", rest[..end].Trim().Trim('"', '\'', ',')),
            ("unit", Group(clauses[0], "unit")),
            ("betterWhen", Group(clauses[1], "dir")),
            ("target", Group(clauses[2], "target")),
            ("owner", Group(clauses[3], "who")),
            ("laggingMetric", Group(clauses[4], "lag")),
            ("why", Group(clauses[5], "why")));
    }

    private static BoardIntent Call(string function, params (string Name, string? Value)[] arguments) =>
        new(function, arguments.Where(a => a.Value is not null).ToDictionary(a => a.Name, a => a.Value?.Trim()));

    private static string Clean(string message) =>
        string.Join(' ', message.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '!', '.', ' ').TrimStart('/', ' ');
}
