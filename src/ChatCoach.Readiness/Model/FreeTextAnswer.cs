using System.Text.RegularExpressions;

namespace ChatCoach.Readiness.Model;

/// <summary>
/// Reads a plain answer to a five-point question: a digit, a label of the scale, or everyday words
/// ("yes", "mostly", "not really", "strongly agree"). Words that say the person cannot answer
/// ("no idea") are recognised as such, so the bot can offer to skip instead of guessing.
/// </summary>
public static partial class FreeTextAnswer
{
    /// <summary>Ordered so the longer phrase wins ("strongly agree" before "agree", "not really" before "really").</summary>
    private static readonly (string Phrase, int Score)[] Phrases =
    [
        ("strongly disagree", 1), ("completely disagree", 1), ("not at all", 1), ("absolutely not", 1), ("definitely not", 1), ("never", 1),
        ("strongly agree", 5), ("completely agree", 5), ("totally agree", 5), ("absolutely", 5), ("definitely", 5), ("always", 5), ("very much", 5),
        ("not really", 2), ("don't agree", 2), ("do not agree", 2), ("dont agree", 2), ("rarely", 2), ("hardly", 2), ("disagree", 2), ("mostly not", 2), ("barely", 2),
        ("somewhat", 3), ("partly", 3), ("sort of", 3), ("kind of", 3), ("sometimes", 3), ("neutral", 3), ("neither", 3), ("in between", 3), ("so-so", 3), ("half", 3), ("meh", 3),
        ("mostly", 4), ("agree", 4), ("yes", 4), ("largely", 4), ("usually", 4), ("often", 4), ("pretty much", 4), ("yeah", 4),
        ("no", 2), ("nope", 2),
    ];

    private static readonly string[] CannotSay = ["no idea", "don't know", "dont know", "not sure", "can't say", "cant say", "unsure", "no clue", "dunno"];

    private static readonly string[] UnlabelledScale = [.. Enumerable.Repeat("", QuestionBank.ScalePoints)];

    /// <summary>Reads the text against a five-point scale whose labels are not known here.</summary>
    public static AnswerReading ReadOnScale(string text) => Read(text, UnlabelledScale);

    public static AnswerReading Read(string text, IReadOnlyList<string> labels)
    {
        var said = Normalise(text);
        if (said.Length == 0)
        {
            return new Unreadable();
        }
        if (int.TryParse(said, out var digit))
        {
            return digit >= 1 && digit <= labels.Count ? new ExactPick(digit) : new OutOfRange(digit, labels.Count);
        }
        var label = labels.Select((l, i) => (Label: Normalise(l), Score: i + 1)).FirstOrDefault(l => l.Label == said);
        if (label.Score > 0)
        {
            return new ExactPick(label.Score);
        }
        if (CannotSay.Any(p => ContainsWords(said, p)))
        {
            return new CannotAnswer();
        }
        // Everyday words only make sense on the five-point agreement scale, not for role or stage.
        var phrase = labels.Count == QuestionBank.ScalePoints ? Phrases.FirstOrDefault(p => ContainsWords(said, p.Phrase)) : default;
        return phrase.Score > 0 ? new Interpreted(phrase.Score) : new Unreadable();
    }

    /// <summary>The role question in everyday words: "leader", "I manage", "IC", "individual contributor".</summary>
    public static RespondentRole? ReadRole(string text)
    {
        var said = Normalise(text);
        string[] contributor = ["ic", "individual contributor", "contributor", "individual", "specialist", "team member", "not a leader"];
        string[] leader = ["leader", "lead", "manager", "manage", "head", "director", "vp", "cmo", "executive"];
        return contributor.Any(w => ContainsWords(said, w)) ? RespondentRole.IndividualContributor
            : leader.Any(w => ContainsWords(said, w)) ? RespondentRole.Leader
            : null;
    }

    /// <summary>
    /// The phrase as whole words (bounded by the text's ends or non-word characters, as \W in a regex).
    /// A plain search, not a regex built per phrase: this runs for every message the bot reads, and
    /// fifty patterns overflow the regex cache, which then re-parses each one every time.
    /// </summary>
    private static bool ContainsWords(string said, string phrase)
    {
        for (var at = said.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = said.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !IsWordChar(said[at - 1])) && (end == said.Length || !IsWordChar(said[end])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Normalise(string text) => Spaces().Replace(text.Trim().Trim('.', '!', '?').ToLowerInvariant().Replace('’', '\''), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public abstract record AnswerReading;

/// <summary>A digit or a label of the scale: stored as given.</summary>
public sealed record ExactPick(int Score) : AnswerReading;

/// <summary>Read from the person's own words: confirmed with them before it is stored.</summary>
public sealed record Interpreted(int Score) : AnswerReading;

public sealed record OutOfRange(int Given, int Points) : AnswerReading;

/// <summary>The person says they cannot answer ("no idea").</summary>
public sealed record CannotAnswer : AnswerReading;

public sealed record Unreadable : AnswerReading;
