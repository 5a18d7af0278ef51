using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>
/// Questions about one indicator, however they are put: "how's win rate doing", "what's our cost
/// per opp", "is win rate up since September", "are we on target for proof", "who recorded time to
/// proof", "what did we spend per opportunity last month", or just "proof engine?". The words of the
/// question are taken away; what remains must name an indicator of the board (typos included, see
/// <see cref="IndicatorMatcher"/>) or the message is not read as such a question.
/// </summary>
public static partial class IndicatorQuestionPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"\b(on target|on track|off target|off track|hit(ting)? (the |our |its )?(target|goal)" +
        @"|meet(ing)? (the |our |its )?(target|goal)|against (the |our |its )?(target|goal)" +
        @"|vs\.? (the )?target|behind (the )?target|ahead of (the )?target|below (the )?target" +
        @"|above (the )?target|reach(ed|ing)? (the |our |its )?(target|goal)|target status" +
        @"|where('s| is) .{1,40} against .{0,10}target|close to (the |our )?target|missing (the |our )?target" +
        @"|(meet|meeting|hit|hitting|reach|reaching|miss|missing|beat|beating|make|making)\b.{0,40}\b(target|goal)" +
        @"|(far|close)\b.{0,40}\b(from|to) (the |our |its )?(target|goal))\b",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TargetCue();

    [GeneratedRegex(
        @"\b(up|down|improv(e|ed|es|ing)|worse|better|worsen(ed|ing)?|declin(e|ed|ing)|trend(s|ed|ing)?|rising" +
        @"|rose|falling|fell|dropp(ed|ing)|grow(n|ing)?|grew|moved?|moving|chang(ed|ing)|since" +
        @"|compared (to|with)|vs\.?|versus|higher|lower|increas(e|ed|ing)|decreas(e|ed|ing)|going up" +
        @"|going down|getting (better|worse))\b",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrendCue();

    [GeneratedRegex(
        @"\bwho (recorded|entered|logged|reported|put in|added|submitted|updated|filled in|did|gave|sent)\b" +
        @"|\brecorded by\b|\bwho('s| is) behind (the )?(number|value)\b|\bwhere (did|does) .{1,40} come from\b" +
        @"|\bsource (of|for)\b",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RecordedByCue();

    /// <summary>"spend per opportunity" is how people say cost per opportunity.</summary>
    [GeneratedRegex(@"\b(spend|spent|pay|paid|paying|costs?|costing)\s+(us\s+)?(per|for each|for every|an?|each)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpendPer();

    [GeneratedRegex(@"[^\p{L}\p{N}%'_\- ]", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotWords();

    /// <summary>The words of asking, not of the indicator's name. "days", "time", "proof" and the like stay.</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "how's", "hows", "what", "what's", "whats", "which", "where", "where's", "wheres", "is", "are", "was", "were", "isn't", "aren't", "did", "does", "do", "doing",
        "done", "has", "have", "had", "been", "our", "the", "my", "we", "we're", "were", "us", "look", "looks", "looking", "like", "going", "tracking", "performing", "faring",
        "about", "tell", "me", "show", "give", "latest", "current", "currently", "recent", "recently", "now", "right", "today", "lately", "status", "update",
        "number", "numbers", "figure", "figures", "value", "values", "stat", "stats", "metric", "kpi", "at", "on", "for", "with", "of", "a", "an", "so", "far",
        "this", "month", "moment", "these", "whole", "any", "it", "its", "it's", "there", "you", "know", "see", "check", "get", "got", "report", "reported",
        "info", "information", "quick", "overall", "still", "again", "then", "in", "and", "or", "that", "yet", "ok", "okay", "who", "by", "come", "from", "against",
        "target", "goal", "track", "off", "hit", "hitting", "meet", "meeting", "reach", "reached", "behind", "ahead", "below", "above", "close", "to", "vs", "versus",
        "compared", "since", "last", "previous", "up", "down", "trend", "trending", "trends", "better", "worse", "higher", "lower", "looking", "recorded", "entered",
        "logged", "put", "added", "submitted", "updated", "source", "be", "will", "should", "can", "could", "would", "please", "spend", "spent", "pay", "paid", "cost",
        "costs", "much", "many", "well", "good", "bad", "year", "week", "weeks", "time's", "lately", "changed", "change", "moving", "moved", "improving", "improved",
        "declining", "dropped", "dropping", "rising", "falling", "growing", "increasing", "decreasing", "getting",
    };

    /// <summary>Words that name the board as a whole: "how are we doing" is the standing, not an indicator.</summary>
    private static readonly HashSet<string> BoardWords = new(StringComparer.Ordinal)
    {
        "scoreboard", "board", "everything", "things", "dashboard", "standings", "standing", "overall", "indicators", "all",
    };

    public static AskIndicator? Read(string text, DateOnly today, IReadOnlyList<Indicator> board)
    {
        var named = PeriodPhrases.Find(text, today);
        var rest = named is { } n ? text.Replace(n.Matched, " ", StringComparison.OrdinalIgnoreCase) : text;
        var cost = SpendPer().IsMatch(rest);
        var phrase = Phrase(SpendPer().Replace(rest, " cost per "));
        if (phrase.Length == 0 || phrase.Split(' ').Any(BoardWords.Contains) || !NamesAnIndicator(phrase, board))
        {
            return null;
        }
        // Only a message that names an indicator is searched for the cues of what it asks: most messages this far name none.
        var aspect = RecordedByCue().IsMatch(text) ? IndicatorAspect.RecordedBy
            : TargetCue().IsMatch(text) ? IndicatorAspect.Target
            : TrendCue().IsMatch(rest) ? IndicatorAspect.Trend
            : IndicatorAspect.Latest;
        phrase = cost && !phrase.Contains("cost", StringComparison.Ordinal) ? "cost per " + phrase : phrase;
        return new AskIndicator(phrase, aspect, named?.Period);
    }

    /// <summary>An exact or loose name of one indicator, or a phrase that could be either of a few (the plugin asks which).</summary>
    private static bool NamesAnIndicator(string phrase, IReadOnlyList<Indicator> board)
    {
        var match = IndicatorMatcher.Match(phrase, board);
        return match.Indicator is not null || match.Candidates.Count > 1;
    }

    private static string Phrase(string text)
    {
        var words = NotWords().Replace(text.Replace("cost per", "cost_per", StringComparison.Ordinal), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Contains('_', StringComparison.Ordinal) || !QuestionWords.Contains(w));
        return string.Join(' ', words).Replace("cost_per", "cost per", StringComparison.Ordinal).Trim('-', '\'', ' ');
    }
}
