using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>
/// What the bot offers when it cannot read a message: its best guess as a question with buttons,
/// at most three, instead of the whole help. A guess about an indicator needs the words to name it
/// (typos matched, never a pick between two); otherwise words like "owner" or "target" point to
/// the command that fits.
/// </summary>
public static class Suggestions
{
    public const int Max = 3;
    private const int LongestName = 4;

    private static readonly (string[] Words, Choice Choice)[] Hints =
    [
        (["missing", "due", "late", "outstanding", "overdue", "reported", "report", "pending"], new("What's missing", "what's missing")),
        (["owner", "owners", "own", "owns", "responsible", "accountable"], new("Who owns what", "who owns what")),
        (["target", "targets", "goal", "goals", "off", "behind"], new("Furthest off target", "which indicator is furthest off target")),
        (["changed", "change", "changes", "new", "updated", "update"], new("What changed this month", "what changed this month")),
        (["quarter", "quarterly", "qbr"], new("Last quarter", "show me last quarter")),
        (["survey", "readiness", "ready", "assessment", "ai"], new("Readiness results", "readiness results")),
        (["stand", "status", "overview", "summary", "numbers", "scoreboard", "board", "kpis", "kpi", "metrics", "indicators", "dashboard"], new("Where do we stand", "where do we stand")),
    ];

    private static readonly Choice[] Defaults = [new("Where do we stand", "where do we stand"), new("What's missing", "what's missing"), new("Help", "help")];

    public static Reply For(string text, IReadOnlyList<Indicator> board)
    {
        if (Guess(text, board) is { } indicator)
        {
            var name = indicator.Aliases.Count > 0 ? indicator.Aliases[0] : indicator.Name;
            return Reply.Of(new Choices($"I'm not sure I followed. Did you mean how {name} is doing?", [
                new($"How {name} is doing", $"how is {indicator.Key} doing"),
                new($"History of {name}", $"history of {indicator.Key}"),
                new($"Who owns {name}", $"who owns {indicator.Key}")], FirstIsDefault: true));
        }
        var words = Words(text);
        var hinted = Hints.Where(h => h.Words.Any(words.Contains)).Select(h => h.Choice).Take(Max).ToList();
        return hinted.Count > 0
            ? Reply.Of(new Choices(hinted.Count == 1 ? $"I didn't quite get that. Did you mean “{hinted[0].Label.ToLowerInvariant()}”?" : "I didn't quite get that. Did you mean one of these?",
                hinted, FirstIsDefault: hinted.Count == 1))
            : Reply.Of(new Choices("I didn't catch that. Here is what people usually ask — or say “help” for everything I do:", Defaults));
    }

    /// <summary>The one indicator some run of words names; null when none does, or when two are equally likely.</summary>
    private static Indicator? Guess(string text, IReadOnlyList<Indicator> board)
    {
        var words = Words(text);
        var found = new HashSet<Indicator>();
        for (var size = Math.Min(LongestName, words.Count); size >= 1 && found.Count == 0; size--)
        {
            for (var start = 0; start + size <= words.Count; start++)
            {
                if (IndicatorMatcher.Match(string.Join(' ', words.Skip(start).Take(size)), board).Indicator is { } one)
                {
                    found.Add(one);
                }
            }
        }
        return found.Count == 1 ? found.First() : null;
    }

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '?', '!', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries)];
}
