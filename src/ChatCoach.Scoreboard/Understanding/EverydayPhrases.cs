using System.Text.RegularExpressions;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// Ordinary phrasings the older phrase families missed (issue 29): "who is on the hook for win rate",
/// "make me the owner of proof", "put down 450 for cost per opp", "how are our numbers looking",
/// "overview please", "are we on track?". A loose way of recording comes back <see cref="Unsure"/>,
/// so it is asked about before anything is kept.
/// </summary>
public static partial class EverydayPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Number = @"[$€£]?[-+]?(\d[\d,]*(\.\d+)?|\.\d+)(\s*(k|m|bn|percent|pct|days?|weeks?|d)\b|\s*%)?";

    [GeneratedRegex(
        @"^who('?s| is| are)? (on the hook|on point|accountable|responsible|in charge|the owner|the dri" +
        @"|the point person|the lead|answerable) (for|of|on) (?<ind>.+)$|^who (looks after|handles|reports" +
        @"|tracks|covers|runs|manages|is tracking|is reporting) (?<ind>.+)$|^whose (job|number|metric|kpi|baby" +
        @"|responsibility) is (?<ind>.+)$|^(?<ind>.+?) (is owned by|belongs to) who(m)?$|^who (owns" +
        @"|has) (?<ind>.+)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnerQuestion();

    [GeneratedRegex(
        @"^(make|set|put) (me|myself) (as )?(the )?(owner|dri|person responsible|in charge) (of|for" +
        @"|on) (?<ind>.+)$|^(assign|give) (?<ind>.+?) to me$|^(i'?ll|i will|let me) (own|take( over)?" +
        @"|take ownership of) (?<ind>.+)$|^i('?m| am) (now )?(the )?(owner of|owning|taking over) (?<ind>.+)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnerMe();

    [GeneratedRegex(
        @"^(put|jot|write|note|set|pop|punch|key|plug|type|stick|enter|log|mark|book|file|submit|save|store" +
        @"|capture|track|register|add|input|upload|send|update)( it)?( down| in| up)?( a value of| the value" +
        @"| a| the number)? (?<val>" + Number + @") (for|to|on|against|as|under|into) (the )?(?<ind>.+)$", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LooseRecord();

    [GeneratedRegex(
        @"^(update|set|mark|put|log|note|change) (the )?(?<ind>.+?) (to|at|as|with|=) (?<val>" + Number + @")$" +
        @"|^(?<ind>.+?) (came in at|landed at|ended at|ended up at|closed at|finished at|hit|reached|was at|is at|at|stood at|sits at|=|->|→)" +
        @" (?<val>" + Number + @")$" +
        @"|^we (hit|got|did|reached|had|landed|ended at|ended up at|closed at|finished at) (?<val>" + Number + @") (on |for |in )?(the )?(?<ind>.+)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LooseStatement();

    [GeneratedRegex(
        @"\b(numbers|kpis?|metrics|scorecard|score card|scoreboard|dashboard|standings?|overview|summary" +
        @"|status|rundown|run-down|state of play|snapshot|big picture|health check|report card|readout" +
        @"|round-?up|recap)\b|\b(on track|on course|on target|tracking|looking|going|doing|faring|performing" +
        @"|shaping up)\b.{0,12}$|^how (do|does) (we|things|it) (look|stand)|^(how'?s|how is) (it|everything" +
        @"|everyone|the team|business) (going|looking|doing)|^(are|r) we (good|ok|okay|on track|behind|ahead)" +
        @"|^(status|update|progress|report)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Standing();

    /// <summary>Owner questions and "make me the owner", read before the value phrases that would misread them.</summary>
    public static Intent? ReadOwnership(string text, string caller)
    {
        if (OwnerMe().Match(text) is { Success: true } me)
        {
            return new SetOwner(me.Groups["ind"].Value, caller);
        }
        if (OwnerQuestion().Match(text) is not { Success: true } who)
        {
            return null;
        }
        var indicator = Tidy(who.Groups["ind"].Value);
        return new ShowOwners(indicator is "what" or "which" or "everything" or "each" or "which indicator" or "which one" or "what metric" ? null : indicator);
    }

    /// <summary>Ways of recording outside the strict phrases: always <see cref="Unsure"/>, so they are confirmed first.</summary>
    /// <param name="text">The message with the month it names already cut out.</param>
    /// <param name="names">Whether a phrase names an indicator on the board: without a recording verb, it must.</param>
    public static Intent? ReadLooseRecord(string text, Domain.Scoreboard.Period? named, Func<string, bool> names)
    {
        var match = LooseRecord().Match(text);
        if (!match.Success && LooseStatement().Match(text) is { Success: true } statement && names(statement.Groups["ind"].Value))
        {
            match = statement;
        }
        if (!match.Success)
        {
            return null;
        }
        var indicator = Tidy(match.Groups["ind"].Value);
        return indicator.Length == 0 ? null : new Unsure(new RecordValue(indicator, match.Groups["val"].Value.Trim(), named), "a loose way of recording");
    }

    /// <summary>The one amount inside a value slot that also carries other words ("down 450", "about 31%"); null when there is none or several.</summary>
    public static string? OnlyAmountIn(string slot)
    {
        var amounts = AnAmount().Matches(slot);
        return amounts.Count == 1 ? amounts[0].Value.Trim() : null;
    }

    [GeneratedRegex(Number, Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnAmount();

    [GeneratedRegex(@"^[$€£]?\s*[-+]?(\d[\d,]*(\.\d+)?|\.\d+)\s*(k|m|mm|bn)?\s*(%|percent|pct|days?|d|weeks?|wks?|w|dollars?|usd|eur|gbp)?$", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeAmount();

    /// <summary>The slot is an amount and nothing else: "$450", "31%", "14 days".</summary>
    public static bool IsAmount(string slot) => WholeAmount().IsMatch(slot.Trim());

    /// <summary>How leaders ask for the whole board: tried last, after every question about one indicator.</summary>
    public static Intent? ReadStanding(string text) => Standing().IsMatch(text) ? new ShowStanding() : null;

    private static string Tidy(string phrase) => phrase.Trim().TrimEnd('?', '.', '!', ' ');
}

/// <summary>An intent read loosely or said with a hedge: if it writes, it is asked about before it is done.</summary>
public sealed record Unsure(Intent Inner, string Why) : Intent;
