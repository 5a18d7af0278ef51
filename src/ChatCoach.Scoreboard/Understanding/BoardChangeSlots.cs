using System.Text.RegularExpressions;
using ChatCoach.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// The change to the board a message asks for, once the classifier has read a board change that no
/// strict phrase fitted: first the strict phrases again on the message without its wrappers (a
/// mention, "when you get a chance", emoji) and with its case kept, so a new name keeps its
/// capitals; then the change's verb anywhere among the words, with the indicator and the new name,
/// unit or direction read from the rest. What this reads is never done straight away: the reader
/// wraps it in <see cref="Unsure"/>, so the admin sees the change and says yes first.
/// </summary>
public static partial class BoardChangeSlots
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(add|create|new|introduce|set up|start (tracking|measuring|reporting))\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddVerb();

    /// <summary>Where the new row's name starts: after "called", "named", a colon, "new KPI for" or "start tracking".</summary>
    [GeneratedRegex(
        @"\b(called|named|titled)\s+(?<rest>.+)$|\b(indicator|kpi|metric|number|row|measure)s?\s*(:|for" +
        @"|to track|tracking)\s+(?<rest>.+?)(\s+on the (score)?board)?$|\b(start|begin) (tracking|measuring" +
        @"|reporting)\s+(?<rest>.+)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NewName();

    [GeneratedRegex(@"\b(rename|renaming|relabel|retitle|call|name|the name of|label)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RenameVerb();

    /// <summary>"to"/"as"/"into" before the new name: "change the name of win rate to competitive win rate".</summary>
    [GeneratedRegex(@"\s(to|as|into)\s", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToNewName();

    [GeneratedRegex(@"\s+(instead|from now on|going forward|please)$", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterNewName();

    [GeneratedRegex(@"\b(unit|units|measure|measured|measuring|track|tracked|count|counted|express|expressed|report|reported|show|shown)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\b(bring\b.*\bback|restore|reinstate|unretire|unarchive|reactivate|revive|put\b.*\bback)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RestoreVerb();

    [GeneratedRegex(
        @"\b(retire|remove|drop|delete|archive|kill|sunset|deprecate|get rid of" +
        @"|stop (tracking|measuring|reporting)|no longer (track|measure|report)|take\b.*\boff|scrap|ditch)\b",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RetireVerb();

    /// <summary>Words that make a "remove" about a row's target, owner or values, never the row itself.</summary>
    [GeneratedRegex(@"\b(target|goal|owner|owners|value|values|entry|entries|data|number for|correction)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotTheRow();

    /// <param name="message">The message as typed.</param>
    /// <param name="cleaned">The message as <see cref="Utterance.Clean"/> leaves it.</param>
    public static BoardIntent? Read(string message, string cleaned, DateOnly today, IReadOnlyList<Indicator> board)
    {
        var unwrapped = Utterance.Unwrapped(message);
        if (ScoreboardAdminPhrases.Read(unwrapped, today) is { } strict && IntentLabels.IsBoardWrite(strict.Function)
            && !(strict.Function is "retire_indicator" or "restore_indicator" && NotTheRow().IsMatch(cleaned)))
        {
            return strict;
        }
        return Added(unwrapped, cleaned, board) ?? Renamed(unwrapped, board) ?? Reshaped(cleaned, board) ?? Restored(cleaned, board) ?? Retired(cleaned, board);
    }

    /// <summary>A new row: its name follows "called"/"named"; a message naming an existing row is not adding one.</summary>
    private static BoardIntent? Added(string unwrapped, string cleaned, IReadOnlyList<Indicator> board)
    {
        if (!AddVerb().IsMatch(cleaned) || NewName().Match(unwrapped) is not { Success: true } named)
        {
            return null;
        }
        var added = ScoreboardAdminPhrases.ReadAdd(named.Groups["rest"].Value);
        var name = added.Arguments.GetValueOrDefault("name");
        return string.IsNullOrWhiteSpace(name) || OnTheBoard(name, board) ? null : added;
    }

    /// <summary>A name that is a row's name, key or alias already; "partner pipeline" only shares a word with one.</summary>
    private static bool OnTheBoard(string name, IReadOnlyList<Indicator> board) =>
        board.Any(row => row.Aliases.Append(row.Name).Append(row.Key).Any(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The old name before the last "to"/"as" that follows one, the new name after it.</summary>
    private static BoardIntent? Renamed(string unwrapped, IReadOnlyList<Indicator> board)
    {
        if (!RenameVerb().IsMatch(unwrapped))
        {
            return null;
        }
        foreach (var to in ToNewName().Matches(unwrapped).Reverse())
        {
            var name = AfterNewName().Replace(unwrapped[(to.Index + to.Length)..], "").Trim().Trim('"', '\'', '“', '”');
            if (name.Length > 0 && Row(unwrapped[..to.Index].ToLowerInvariant(), board) is { } row)
            {
                return Call("rename_indicator", ("indicator", row.Name), ("newName", name));
            }
        }
        return null;
    }

    /// <summary>A row's unit or which way is better: "lower is better for time to proof", "measure proof in days".</summary>
    private static BoardIntent? Reshaped(string cleaned, IReadOnlyList<Indicator> board)
    {
        if (Row(cleaned, board) is not { } row)
        {
            return null;
        }
        if (ScoreboardAdminPhrases.BetterWhenIn(cleaned) is { } better)
        {
            return Call("change_unit_or_direction", ("indicator", row.Name), ("betterWhen", better));
        }
        return UnitWord().IsMatch(cleaned) && ScoreboardAdminPhrases.UnitIn(cleaned) is { } unit
            ? Call("change_unit_or_direction", ("indicator", row.Name), ("unit", unit))
            : null;
    }

    private static BoardIntent? Restored(string cleaned, IReadOnlyList<Indicator> board) =>
        RestoreVerb().IsMatch(cleaned) && !NotTheRow().IsMatch(cleaned) && Row(cleaned, board) is { } row ? Call("restore_indicator", ("indicator", row.Name)) : null;

    private static BoardIntent? Retired(string cleaned, IReadOnlyList<Indicator> board) =>
        RetireVerb().IsMatch(cleaned) && !NotTheRow().IsMatch(cleaned) && Row(cleaned, board) is { } row ? Call("retire_indicator", ("indicator", row.Name)) : null;

    private static Indicator? Row(string text, IReadOnlyList<Indicator> board) =>
        SlotReader.Indicator(text, board) is { } key ? board.FirstOrDefault(row => row.Key == key) : null;

    private static BoardIntent Call(string function, params (string Name, string Value)[] arguments) =>
        new(function, arguments.ToDictionary(a => a.Name, a => (string?)a.Value));
}
