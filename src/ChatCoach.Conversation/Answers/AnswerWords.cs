using ChatCoach.Conversation;
using System.Text.RegularExpressions;

namespace ChatCoach.Conversation.Answers;

/// <summary>
/// The everyday words for "yes", "no" and "the second one", shared by every question the bot asks:
/// a read-back in the interview, the survey's "Ready?", a "did you mean…?" suggestion.
/// </summary>
public static partial class AnswerWords
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yep", "yup", "yeah", "ya", "yea", "yes please", "sure", "sure thing", "ok", "okay", "k", "kk", "ok sure",
        "go ahead", "go for it", "do it", "let's go", "lets go", "let's do it", "lets do it", "of course", "absolutely", "please do",
        "correct", "right", "that's right", "thats right", "exactly", "yes that's right", "sounds good", "sounds right", "perfect",
        "store it", "save it", "yes, store it", "yes store it", "that one", "ready", "i'm ready", "im ready", "why not", "alright", "all right",
        "👍", "✅", "👌", "🙌",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "no thanks", "no thank you", "not now", "not yet", "not today", "maybe later", "later", "no, let me pick",
        "no let me pick", "let me pick", "wrong", "incorrect", "not quite", "that's wrong", "thats wrong", "not right", "no way", "👎", "❌",
    };

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    [GeneratedRegex(
        @"^(the\s+)?(?<n>\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd|4th|5th|6th" +
        @"|7th|8th)(\s+(one|option|choice))?$|^(option|choice|number|no\.?|#)\s*(?<n>\d{1,2})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Position();

    /// <summary>Skin tones and the emoji presentation selector: "👍🏽" is still "👍".</summary>
    [GeneratedRegex(@"\uFE0F|\uD83C[\uDFFB-\uDFFF]", RegexOptions.CultureInvariant)]
    private static partial Regex EmojiModifiers();

    public static bool IsYes(string said) => Yes.Contains(Tidy(said));

    public static bool IsNo(string said) => No.Contains(Tidy(said));

    /// <summary>"2", "the second one", "option 2", "2nd": the 1-based position named, or null.</summary>
    public static int? PositionOf(string said)
    {
        var match = Position().Match(Tidy(said));
        if (!match.Success)
        {
            return null;
        }
        var n = match.Groups["n"].Value;
        var ordinal = Array.FindIndex(Ordinals, o => n == o || n == Suffixed(Array.IndexOf(Ordinals, o) + 1));
        return ordinal >= 0 ? ordinal + 1 : int.Parse(n, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Lower case, curly apostrophes straightened, closing punctuation and a trailing "please"/"thanks" dropped.</summary>
    public static string Tidy(string said) => LastCall.Of(ref _lastTidy, said, TidyOnce);

    [ThreadStatic]
    private static LastCall _lastTidy;

    private static string TidyOnce(string said)
    {
        var text = string.Join(' ', EmojiModifiers().Replace(said, "").Replace('\u2019', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text = text.Trim().TrimEnd('.', '!', '?', ',', ' ').TrimStart(',', ' ');
        foreach (var tail in new[] { " please", " thanks", " thank you", " pls" })
        {
            if (text.EndsWith(tail, StringComparison.Ordinal) && text.Length > tail.Length)
            {
                text = text[..^tail.Length].TrimEnd(',', ' ', '!');
            }
        }
        return text;
    }

    private static string Suffixed(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}
