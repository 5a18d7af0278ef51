using System.Text.RegularExpressions;
using ChatCoach.Conversation;

using ChatCoach.Conversation.Answers;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>
/// Manners and small talk, read only when they are the whole message: "hello", "thanks!", "👍",
/// "never mind", "cancel", "undo", "bye", and a "yes"/"no" that answers nothing the bot asked.
/// "Thanks, where do we stand" is a question with manners around it, not small talk.
/// </summary>
public static partial class SmallTalkPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"^(hi+|hello+|hey+|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day)|morning|hey there" +
        @"|hi there|hello there|sup|what'?s up|hola|how are you|how'?s it going" +
        @"|how are things)( (there|all|everyone|team|folks|coach|chatcoach|bot))?$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Greeting();

    [GeneratedRegex(
        @"^((ok|okay|great|perfect|awesome|cool|nice|brilliant|lovely|super|excellent) )?((many |big )?thanks?( (a lot|so much|again|very much|a ton|heaps|mate|coach|chatcoach))?" +
        @"|thank (you|u)( (so|very) much| again| coach)?|thx|ty|tysm|cheers|much appreciated" +
        @"|appreciate (it|that)|great,? thanks?|perfect,? thanks?|awesome,? thanks?|ta)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Thanks();

    [GeneratedRegex(
        @"^(ok(ay)?|k+|kk|cool|great|nice|good|awesome|perfect|got it|gotcha|understood|noted|makes sense|fine" +
        @"|alright|all right|sounds good|good to know|lovely|brilliant|excellent|sweet|neat|wow|interesting|oh" +
        @"|ah|i see|right|fair enough)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(
        @"^(never ?mind|nevermind|nvm|cancel( that| it| this)?|forget (it|that|about it)|scratch that" +
        @"|ignore (that|me|this)|stop|abort|nothing|no worries|don'?t worry( about it)?|not now|later)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeverMind();

    [GeneratedRegex(
        @"^(undo( (that|it|this|the last (one|change|value|entry)|last( change| entry| value)?))?" +
        @"|revert( that| it)?|take (that|it) back|roll ?back( that)?|oops|whoops)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Undo();

    [GeneratedRegex(
        @"^(bye+( for now)?|goodbye|good bye|see (you|ya)( later| soon)?|later|cya|ttyl" +
        @"|have a good (one|day|weekend)|good night|that'?s all( for now)?|that'?s it( for now)?|all done|done" +
        @"|i'?m done)$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Farewell();

    private static readonly (string Emoji, SmallTalkKind Kind)[] Emoji =
    [
        ("👍", SmallTalkKind.Acknowledged), ("👌", SmallTalkKind.Acknowledged), ("✅", SmallTalkKind.Acknowledged), ("🙂", SmallTalkKind.Acknowledged),
        ("😊", SmallTalkKind.Acknowledged), ("🎉", SmallTalkKind.Acknowledged), ("💯", SmallTalkKind.Acknowledged), ("🙌", SmallTalkKind.Thanks),
        ("🙏", SmallTalkKind.Thanks), ("❤", SmallTalkKind.Thanks), ("👋", SmallTalkKind.Greeting), ("👎", SmallTalkKind.No), ("❌", SmallTalkKind.NeverMind),
    ];

    /// <summary>"bye", "see you later", "that's all for now": the speaker is leaving.</summary>
    public static bool IsFarewell(string text) => Farewell().IsMatch(AnswerWords.Tidy(text.Replace(",", "", StringComparison.Ordinal).Replace("!", "", StringComparison.Ordinal)));

    /// <param name="text">The message without mention or emoji (<see cref="Utterance.Light"/>).</param>
    /// <param name="raw">The message as sent, for emoji-only messages.</param>
    public static SmallTalk? Read(string text, string raw)
    {
        if (text.Length == 0)
        {
            var emoji = Utterance.EmojiOnly(raw);
            var kind = Emoji.FirstOrDefault(e => emoji.Contains(e.Emoji, StringComparison.Ordinal));
            return kind.Emoji is null ? null : new SmallTalk(kind.Kind);
        }
        var whole = text.Replace(",", "", StringComparison.Ordinal).Replace("!", "", StringComparison.Ordinal);
        if (Thanks().IsMatch(whole))
        {
            return new SmallTalk(SmallTalkKind.Thanks);
        }
        // "cancel please", "bye then, thanks": the manners around the word do not change it.
        var said = AnswerWords.Tidy(whole);
        return Thanks().IsMatch(said) ? new SmallTalk(SmallTalkKind.Thanks)
            : Greeting().IsMatch(said) ? new SmallTalk(SmallTalkKind.Greeting)
            : Undo().IsMatch(said) ? new SmallTalk(SmallTalkKind.Undo)
            : NeverMind().IsMatch(said) ? new SmallTalk(SmallTalkKind.NeverMind)
            : Farewell().IsMatch(said) ? new SmallTalk(SmallTalkKind.Farewell)
            : Acknowledged().IsMatch(said) ? new SmallTalk(SmallTalkKind.Acknowledged)
            : AnswerWords.IsYes(said) ? new SmallTalk(SmallTalkKind.Yes)
            : AnswerWords.IsNo(said) ? new SmallTalk(SmallTalkKind.No)
            : null;
    }
}
