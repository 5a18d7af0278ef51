using System.Text.RegularExpressions;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// A write read from a question, a what-if or a negation: nothing is written; the question it
/// also asks (<see cref="Answer"/>) is answered, with a word that nothing was kept.
/// </summary>
public sealed record NotWritten(Intent Answer, Mood Mood) : Intent;

/// <summary>A change to the board asked as a question or a what-if: there is nothing to look up, only to say nothing changed.</summary>
public sealed record NoAnswer : Intent;

/// <summary>
/// Decides whether a write that was read may happen now, must be asked about, or must not happen at
/// all. Writes are never guessed: a plain statement read by a strict phrase acts; a hedge, a loose
/// phrase or a command ending in a question mark is confirmed first; a question, a what-if or a
/// negation never writes.
/// </summary>
public static partial class WriteGate
{
    [GeneratedRegex(
        @"^((what if|what would|imagine|suppose|supposing|assuming|hypothetically|if|was|is|were|did|does|has|had|maybe|perhaps|probably|i think|i guess|so|and|but|our|the)\s+)+" +
        @"|\s+(were|was|is|be|been|at|would be|will be|had been|came in at|really|actually|then|right)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoodWords();

    [GeneratedRegex(@"^(record|log|enter|report|add|put|set|make|change|assign|update|save|store|clear|remove)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Command();

    public static bool IsWrite(Intent intent) => intent is RecordValue or SetOwner or SetTarget
        || intent is BoardIntent board && IntentLabels.IsBoardWrite(board.Function)
        || intent is Unsure { Inner: var inner } && IsWrite(inner);

    /// <param name="cleaned">The message as <see cref="Utterance.Clean"/> leaves it.</param>
    public static Intent Judge(Intent intent, Mood mood, string cleaned)
    {
        if (!IsWrite(intent))
        {
            return intent;
        }
        var write = intent is Unsure unsure ? unsure.Inner : intent;
        if (MoodReader.NeverWrites(mood) && !(mood == Mood.Question && Command().IsMatch(cleaned)) && !(mood == Mood.Hypothetical && write is SetTarget && Command().IsMatch(cleaned))
            && !(write is BoardIntent && MoodReader.AsksForAChange(mood, cleaned)))
        {
            return new NotWritten(AnswerInstead(write), mood);
        }
        return mood == Mood.Statement && intent is not Unsure ? intent : intent as Unsure ?? new Unsure(write, mood.ToString());
    }

    /// <summary>The question a write-shaped question asks: "was win rate 40% last month?" asks for win rate last month.</summary>
    private static Intent AnswerInstead(Intent write) => write switch
    {
        RecordValue r => new AskIndicator(Subject(r.Indicator), IndicatorAspect.Latest, r.Period),
        SetOwner o => new ShowOwners(Subject(o.Indicator)),
        SetTarget t => new AskIndicator(Subject(t.Indicator), IndicatorAspect.Target),
        _ => new NoAnswer(),
    };

    /// <summary>The indicator's words without the words of the mood around them.</summary>
    public static string Subject(string phrase)
    {
        var subject = phrase.Trim();
        for (var pass = 0; pass < 3; pass++)
        {
            subject = MoodWords().Replace(subject, "").Trim();
        }
        return subject.Length > 0 ? subject : phrase;
    }
}
