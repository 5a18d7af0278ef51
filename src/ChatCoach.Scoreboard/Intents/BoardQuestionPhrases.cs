using System.Globalization;
using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>
/// Questions about the board as a whole that are not "where do we stand": "which indicator is
/// furthest off target", "what changed this month", "show me last quarter".
/// </summary>
public static partial class BoardQuestionPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"\b(furthest|farthest|further|most|worst|biggest|largest|weakest)\b.{0,40}\b(off|from|behind|away" +
        @"|miss(ing|es|ed)?|short|below|under|gap|target)\b|\b(furthest|farthest|weakest|worst) (off|one" +
        @"|indicator|metric|number)\b|\bbiggest (gap|miss)\b|\bmost (at risk|behind|off track)\b" +
        @"|\bneeds? (the )?most (attention|work|help)\b|\bworst (performing|performer)\b|^(which" +
        @"|what)\b.{0,30}\b(off (target|track)|behind (target|plan)|below target" +
        @"|missing (its |their )?targets?)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FurthestOff();

    [GeneratedRegex(
        @"^(so )?(what|anything|which( values?| numbers?)?)('s| has| have| got| was| were)? ?(changed|new" +
        @"|moved|updated|been (recorded|updated|changed|entered)|happened|different|recorded|corrected)\b" +
        @"|\b(recent|latest|new) (changes|updates|entries|values)\b|\b(changes|updates) (this|last) month\b" +
        @"|^changes$|\bwhat (did|have) (people|we|folks|the team) (record|update|enter|change)(ed)?\b" +
        @"|\bwhat('s| is) changed\b|\bany (changes|updates)\b",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Changes();

    [GeneratedRegex(
        @"\b(?<rel>last|previous|prior|past|this|current) quarter\b|\bq(?<q>[1-4])(\s*(?<y>\d{4}))?\b" +
        @"|\b(?<ord>first|second|third|fourth|1st|2nd|3rd|4th) quarter( (of )?(?<y>\d{4}))?\b" +
        @"|\b(?<y2>\d{4})[ -]?q(?<q2>[1-4])\b|^quarter(ly)?( (view|numbers|summary|review|values))?$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quarter();

    private static readonly string[] QuarterOrdinals = ["first", "second", "third", "fourth"];

    public static Intent? Read(string text, DateOnly today)
    {
        if (FurthestOff().IsMatch(text))
        {
            return new ShowFurthestOffTarget();
        }
        if (Changes().IsMatch(text))
        {
            return new ShowChanges(PeriodPhrases.Find(text, today)?.Period ?? Period.Of(today));
        }
        return Quarter().Match(text) is { Success: true } quarter ? QuarterOf(quarter, today) : null;
    }

    /// <summary>"last quarter" is the last one that has ended; "Q3" alone is this year's, or last year's if it has not begun.</summary>
    private static ShowQuarter QuarterOf(Match match, DateOnly today)
    {
        var current = (today.Month - 1) / 3 + 1;
        if (match.Groups["rel"].Success)
        {
            var last = match.Groups["rel"].Value.ToLowerInvariant() is "last" or "previous" or "prior" or "past";
            return !last ? new ShowQuarter(today.Year, current)
                : current == 1 ? new ShowQuarter(today.Year - 1, 4) : new ShowQuarter(today.Year, current - 1);
        }
        var number = match.Groups["q"].Success ? Digit(match.Groups["q"].Value)
            : match.Groups["q2"].Success ? Digit(match.Groups["q2"].Value)
            : match.Groups["ord"].Success ? OrdinalQuarter(match.Groups["ord"].Value)
            : current == 1 ? 4 : current - 1;
        var year = match.Groups["y"].Success ? Digit(match.Groups["y"].Value)
            : match.Groups["y2"].Success ? Digit(match.Groups["y2"].Value)
            : number > current ? today.Year - 1 : today.Year;
        if (!match.Groups["q"].Success && !match.Groups["q2"].Success && !match.Groups["ord"].Success && current == 1)
        {
            year = today.Year - 1;
        }
        return new ShowQuarter(year, number);
    }

    private static int OrdinalQuarter(string word) =>
        char.IsDigit(word[0]) ? Digit(word[..1]) : Array.IndexOf(QuarterOrdinals, word.ToLowerInvariant()) + 1;

    private static int Digit(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
