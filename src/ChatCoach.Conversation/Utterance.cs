using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation;

/// <summary>
/// Takes away what a message carries around its meaning: the bot's own mention (Slack's raw
/// <c>&lt;@U123ABC&gt;</c>, Teams' <c>&lt;at&gt;ChatCoach&lt;/at&gt;</c>, a typed @ChatCoach), the
/// slash command, polite wrappers ("could you tell me …", "… please, thanks"), a greeting in front
/// of a request, emoji and closing punctuation. Lower-cases everything but people's mentions,
/// whose platform ids are case-sensitive.
/// </summary>
public static partial class Utterance
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Raw platform mentions of the bot; the adapters usually remove them, a pasted message may still have them.</summary>
    [GeneratedRegex(@"<at>[^<]{0,80}</at>|<@[UWB][A-Z0-9]{2,20}(\|[^>]*)?>|(^|\s)@(chat\s?coach|coach|bot)\b[,:]?|^/coach\b|^/", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BotMention();

    [GeneratedRegex(@"^((hey|hi|hello|yo|ok|okay|so|um+|hm+|btw|quick question|quick one|question|sorry|excuse me|morning|good morning)(\s+(coach|chatcoach|bot|team|there|all))?\b[,:!\-—]*\s+)+(?=\S)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(
        @"^((please|pls|plz|kindly)\s+|(could|can|would|will)\s+(you|u)\s+(please\s+|pls\s+|quickly\s+)?" +
        @"|(i'?d|i\s+would)\s+like\s+(you\s+)?to\s+|(i\s+)?(want|need)\s+(you\s+)?to\s+" +
        @"|(do\s+you\s+know|any\s+idea)\s+|(tell|show|give)\s+me\s+(?=(how|what|whether|if|who|which|when)\b)" +
        @"|let\s+me\s+know\s+|i\s+(was\s+)?wonder(ing)?\s+|just\s+)+",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PoliteOpening();

    [GeneratedRegex(@"([,;]?\s+(please|pls|plz|thanks|thank\s+you|thx|ty|cheers|for\s+me|if\s+you\s+can|when\s+you\s+get\s+a\s+chance|mate|team|coach|chatcoach)\b)+\s*$", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PoliteClosing();

    /// <summary>Pictographs, their joiners and variation selectors; kept out of the words, read as manners separately.</summary>
    [GeneratedRegex(@"[\u2600-\u27BF\uFE0F\u200D]|\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF]|\uD83E[\uDC00-\uDFFF]|:[a-z_+\-]+:", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Emoji();

    public static string Clean(string message) => LastCall.Of(ref _lastClean, message, CleanOnce);

    [ThreadStatic]
    private static LastCall _lastClean;

    private static string CleanOnce(string message) => KeepMentions(message, Unwrapped(message));

    /// <summary>
    /// The message without the bot's mention, emoji, wrappers and closing punctuation, its case kept: the form a
    /// new indicator's name is read from (a mention, then "add an indicator called Partner Pipeline", names "Partner Pipeline").
    /// </summary>
    public static string Unwrapped(string message)
    {
        var text = BotMention().Replace(Straighten(message), " ");
        text = Emoji().Replace(text, " ");
        text = Tidy(text);
        for (var pass = 0; pass < 2; pass++)
        {
            text = Tidy(PoliteClosing().Replace(PoliteOpening().Replace(LeadingFiller().Replace(text, ""), ""), ""));
        }
        return text;
    }

    /// <summary>Without the bot's mention, emoji and punctuation, but with its greetings and manners: the form small talk is read in.</summary>
    public static string Light(string message) => KeepMentions(message, Tidy(Emoji().Replace(BotMention().Replace(Straighten(message), " "), " ")));

    /// <summary>Only the emoji of a message, for messages that are nothing else ("👍").</summary>
    public static string EmojiOnly(string message) =>
        string.Concat(Emoji().Matches(message).Select(m => m.Value).Where(e => e is not ("\uFE0F" or "\u200D")));

    private static string Straighten(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u00A0', ' ');

    private static string Tidy(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('?', '!', '.', ' ', ',', ';', '…', '"').TrimStart('/', ':', '-', ' ');

    private static string KeepMentions(string original, string text)
    {
        var lowered = text.ToLowerInvariant();
        foreach (var user in MentionSyntax.Find(original))
        {
            var written = MentionSyntax.Write(user);
            lowered = lowered.Replace(written.ToLowerInvariant(), written, StringComparison.Ordinal);
        }
        return lowered;
    }
}
