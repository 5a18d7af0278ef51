using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>
/// Reads the phrases a leadership team uses with the scoreboard — "where do we stand", "record 412
/// for cost per opp", "October win rate was 31%", "make @dana the owner of win rate" — and their
/// everyday variants (case, punctuation, loose indicator names). Pure: no I/O, no model.
/// </summary>
public static partial class IntentReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Value = @"[$€£]?[-+]?(\d[\d,]*(\.\d+)?|\.\d+)\s*(k|m|%|percent|pct|days?|weeks?|d)?";

    [GeneratedRegex(
        @"^(help( me)?|help please|\?+|commands|options|menu|(remind me )?what (can you|you can|do you) do" +
        @"|what can i (say|ask|do)|how does this work|how do i use (you|this)|what are (the|your) commands" +
        @"|what can you help with|what do you understand|usage|instructions|i'?m (lost|confused|stuck)" +
        @"|what now)$",
        Options)]
    private static partial Regex Help();

    [GeneratedRegex(
        @"\b(where do we stand|where (are|r) we( at)?|how are we doing|how('| a)?re we doing" +
        @"|how we('re| are) doing|how are we (going|tracking|looking|faring|performing)( overall| so far)?$" +
        @"|scoreboard|standings?|the numbers|dashboard)\b",
        Options)]
    private static partial Regex Standing();

    [GeneratedRegex(
        @"\b(what('?s| is) (still )?missing|missing values?|who hasn'?t reported|what'?s outstanding|^missing$" +
        @"|(still )?(needs?|has|have) to report|left to report|not (yet )?reported|yet to report|still owes?)" +
        @"|^(what|which|anything|is anything|are we|who)\b.{0,30}\bmissing$",
        Options)]
    private static partial Regex Missing();

    [GeneratedRegex(@"^(show |list )?(the )?owners$|^who owns (what|which|everything|each)\b", Options)]
    private static partial Regex AllOwners();

    [GeneratedRegex(@"^who(se| is| 's|'s)? (the )?(owns|owner of|responsible for|accountable for|in charge of) (?<ind>.+)$|^who owns (?<ind>.+)$|^whose is (?<ind>.+)$", Options)]
    private static partial Regex WhoOwns();

    [GeneratedRegex(@"^((show|give|get)( me)? |(can|could) i see |let me see )?(the )?(full )?(history|trend) (of|for) (?<ind>.+)$|^(?<ind>.+?) history$", Options)]
    private static partial Regex History();

    [GeneratedRegex(
        @"^(make|set) (?<who><@[^>]+>) (as )?(the )?owner (of|for) (?<ind>.+)$|^(set|change) (the )?owner (of" +
        @"|for) (?<ind>.+?) to (?<who><@[^>]+>)$|^assign (?<ind>.+?) to (?<who><@[^>]+>)$",
        Options)]
    private static partial Regex Owner();

    [GeneratedRegex(
        @"^(set|change|make) (the )?(?<ind>[a-z][a-z\- ]*?)'?s? target (to|at|as) (?<val>.+)$|^(set|change" +
        @"|make) (the )?target (for|of|on) (?<ind>.+?) (to|at|as) (?<val>.+)$|^(?<ind>.+?) target (is|=|to" +
        @"|should be) (?<val>.+)$",
        Options)]
    private static partial Regex Target();

    [GeneratedRegex(@"^(clear|remove|drop) (the )?target (for|of|on) (?<ind>.+)$", Options)]
    private static partial Regex ClearTarget();

    [GeneratedRegex(@"^(record|log|add|enter|report|put)( a value of)? (?<val>.+?) (for|to|on|against) (?<ind>.+)$", Options)]
    private static partial Regex RecordValueFor();

    [GeneratedRegex(@"^(record|log|report|enter) (?<ind>.+?) (as|at|=|is|was|of) (?<val>.+)$", Options)]
    private static partial Regex RecordIndicatorAs();

    [GeneratedRegex(@"^(?<ind>[a-z][a-z\- ]*?) (was|is|=|came in at|landed at|:) (?<val>" + Value + @")$", Options)]
    private static partial Regex Statement();

    [GeneratedRegex(@"^(?<ind>[a-z][a-z\- ]*?):? (?<val>" + Value + @")$", Options)]
    private static partial Regex Bare();

    [GeneratedRegex(@"\s+(for|in|of|during)\s*$|^\s*(for|in|of)\s+", Options)]
    private static partial Regex DanglingPreposition();

    /// <summary>
    /// Each phrase family is tried in turn; a new family is one more line in the chain, in its own file.
    /// Commands that write come before questions, so "record 31% for win rate" is never read as a question about win rate.
    /// </summary>
    /// <param name="board">The workspace's indicators, the vocabulary of loose questions; the default board when not given.</param>
    public static Intent Read(string message, DateOnly today, IReadOnlyList<Indicator>? board = null) =>
        board is null ? IntentMemo.Read(message, today, ReadFresh) : ReadFresh(message, today, board);

    private static Intent ReadFresh(string message, DateOnly today, IReadOnlyList<Indicator>? board)
    {
        var text = Utterance.Clean(message);
        var indicators = board ?? DefaultScoreboard.Indicators;
        return SmallTalkPhrases.Read(Utterance.Light(message), message)
            ?? (text.Length == 0 || Help().IsMatch(text) ? new ShowHelp() : null)
            ?? WorkspaceDataPhrases.Read(text)
            ?? ScoreboardAdminPhrases.Read(message, today)
            ?? ChartPhrases.Read(text)
            ?? ReadOwnership(text)
            ?? Understanding.EverydayPhrases.ReadOwnership(text, Me)
            ?? ReadTarget(text)
            ?? ReadRecord(text, today, indicators)
            ?? ReadMissingOrHistory(text)
            ?? BoardQuestionPhrases.Read(text, today)
            ?? IndicatorQuestionPhrases.Read(text, today, indicators)
            ?? ReadStanding(text)
            ?? Understanding.EverydayPhrases.ReadStanding(text)
            ?? new NotUnderstood(text);
    }

    private static Intent? ReadOwnership(string text)
    {
        if (Owner().Match(text) is { Success: true } owner)
        {
            return new SetOwner(owner.Groups["ind"].Value, owner.Groups["who"].Value);
        }
        if (AllOwners().IsMatch(text))
        {
            return new ShowOwners(null);
        }
        return WhoOwns().Match(text) is { Success: true } who ? new ShowOwners(who.Groups["ind"].Value) : null;
    }

    private static Intent? ReadTarget(string text)
    {
        if (ClearTarget().Match(text) is { Success: true } clear)
        {
            return new SetTarget(clear.Groups["ind"].Value, "none");
        }
        return Target().Match(text) is { Success: true } target ? new SetTarget(target.Groups["ind"].Value, target.Groups["val"].Value) : null;
    }

    /// <summary>"Make me the owner of …": the speaker, put in by the planner, which knows who is speaking.</summary>
    public const string Me = "me";

    /// <summary>
    /// Record phrasings; the month may be named anywhere and is cut out before the rest is read. A
    /// value slot that carries other words around one amount ("put down 450 for …", "log about 31%
    /// for …"), and the looser phrasings, come back unsure: they are asked about before anything is kept.
    /// </summary>
    private static Intent? ReadRecord(string text, DateOnly today, IReadOnlyList<Indicator> board)
    {
        // The month is found and cut out once, for the strict phrasings and the loose ones alike.
        var named = PeriodPhrases.Find(text, today);
        var rest = named is { } p ? DanglingPreposition().Replace(Collapse(text.Replace(p.Matched, " ", StringComparison.OrdinalIgnoreCase)), "") : text;
        var strict = ReadStrictRecord(rest, named, board);
        if (strict is { } record && !Understanding.EverydayPhrases.IsAmount(record.Value) && Understanding.EverydayPhrases.OnlyAmountIn(record.Value) is { } amount)
        {
            return new Understanding.Unsure(record with { Value = amount }, "other words around the value");
        }
        if (strict is not null)
        {
            return strict;
        }
        return Understanding.EverydayPhrases.ReadLooseRecord(rest, named?.Period, phrase => NamesIndicator(phrase, board));
    }

    /// <param name="rest">The message without the month it names (<paramref name="named"/>).</param>
    private static RecordValue? ReadStrictRecord(string rest, (Period Period, string Matched)? named, IReadOnlyList<Indicator> board)
    {
        var match = FirstMatch(rest, RecordValueFor(), RecordIndicatorAs())
            // Without a verb, "win rate 31%" is a record only when its words name an indicator ("second quarter 2026" does not).
            ?? FirstMatch(rest, Statement(), Bare(), m => NamesIndicator(m.Groups["ind"].Value, board));
        if (match is null)
        {
            return null;
        }
        var indicator = DanglingPreposition().Replace(match.Groups["ind"].Value, "").Trim();
        var value = DanglingPreposition().Replace(match.Groups["val"].Value, "").Trim();
        return indicator.Length == 0 || value.Length == 0 ? null : new RecordValue(indicator, value, named?.Period);
    }

    /// <summary>The first pattern's match that succeeds (and is accepted), tried in order.</summary>
    private static Match? FirstMatch(string text, Regex first, Regex second, Func<Match, bool>? accepted = null)
    {
        var match = first.Match(text);
        if (match.Success && (accepted is null || accepted(match)))
        {
            return match;
        }
        match = second.Match(text);
        return match.Success && (accepted is null || accepted(match)) ? match : null;
    }

    private static bool NamesIndicator(string phrase, IReadOnlyList<Indicator> board) =>
        IndicatorMatcher.Match(DanglingPreposition().Replace(phrase, ""), board) is { Indicator: not null } or { Candidates.Count: > 1 };

    private static Intent? ReadMissingOrHistory(string text)
    {
        if (Missing().IsMatch(text))
        {
            return new ShowMissing();
        }
        return History().Match(text) is { Success: true } history ? new ShowHistory(history.Groups["ind"].Value) : null;
    }

    private static Intent? ReadStanding(string text) => Standing().IsMatch(text) ? new ShowStanding() : null;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
