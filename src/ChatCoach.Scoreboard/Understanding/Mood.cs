using System.Text.RegularExpressions;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>How a message is said, whatever it is about: only a plain statement or command may write.</summary>
public enum Mood
{
    /// <summary>"October win rate was 31%", "record 412 for cost per opp".</summary>
    Statement,

    /// <summary>"was win rate 40% last month?", "is win rate 31%".</summary>
    Question,

    /// <summary>"what if win rate were 40%", "imagine proof at 6", "win rate will be 35% next month".</summary>
    Hypothetical,

    /// <summary>"win rate wasn't 40%", "don't record 40 for win rate".</summary>
    Negation,

    /// <summary>"I think win rate was about 31%", "maybe 450 for cost per opp": a value worth asking about before it is kept.</summary>
    Hedge,
}

/// <summary>
/// Reads the mood of a message from its function words. Deliberately cautious: a message that could
/// be a question or a what-if is one, because the cost of asking is one tap and the cost of a wrong
/// write is a wrong number on the leadership team's board.
/// </summary>
public static partial class MoodReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"\b(what if|what would|what'?d|imagine|imagining|suppose|supposing|assuming|assume|hypothetically" +
        @"|in theory|let'?s say|say we|if we|if it|if our|were to|would|wouldn'?t|could be|might be|will be" +
        @"|won'?t be|gonna be|going to be|is going to|projected|projection|forecast(ed)?|expect(ed|ing)?" +
        @"|predict(ed)?|aim(ing)? for|hoping for|hope|next (month|quarter|year)|by (the )?end of|if only" +
        @"|i wish|wish|ideally|pretend(ing)?|best case|worst case|scenario|model(l)?ing|dream|in a world where|on paper" +
        @"|envisage|envision|picture (\S+ ){1,4}at|^say)\b" +
        // "if" on its own is a condition, not a fact — unless it is only politeness ("if you can", "if that's ok").
        @"|\bif\s+(?!(you|u) (can|could|would|don'?t mind|get a|have (a|the))\b|(that'?s|it'?s) (ok|okay|alright|fine|right|correct)\b|possible\b)",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(
        @"^(is|was|are|were|did|does|do|has|have|had|can|could|should|shall|will|what|what'?s|whats|how|how'?s" +
        @"|why|when|who|who'?s|which|where|isn'?t|wasn'?t|aren'?t|weren'?t|didn'?t|doesn'?t|haven'?t|hasn'?t" +
        @"|any idea|do you know|tell me)\b|\b(right|correct|yeah|no|innit|isn'?t it|wasn'?t it|or not)\s*\?*$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuestionWords();

    [GeneratedRegex(
        @"\b(not|never|no longer|nothing|neither|nor|don'?t|dont|didn'?t|didnt|doesn'?t|isn'?t|isnt|wasn'?t" +
        @"|wasnt|aren'?t|weren'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|stop|cancel|undo|ignore|disregard" +
        @"|instead of|rather than|nevr|neevr|nver)\b",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negation();

    [GeneratedRegex(
        @"\b(maybe|perhaps|probably|possibly|presumably|i think|i thought|i guess|i believe|i reckon|i suppose" +
        @"|pretty sure|not sure|unsure|roughly|around|about|approx(imately)?|ish|something like|give or take" +
        @"|ballpark|or so|more or less|i'?d say|guess|guessing|might|may have|seems?|apparently|allegedly" +
        @"|unconfirmed|tentative(ly)?|provisional(ly)?|prelim(inary)?|draft|tbc|tbd)\b|~",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hedge();

    [GeneratedRegex(
        @"\b(maybe|perhaps|probably|possibly|presumably|i think|i thought|i guess|i believe|i reckon|i suppose" +
        @"|pretty sure|roughly|around|about|approx(imately)?|something like|give or take|ballpark|or so" +
        @"|more or less|i'?d say|tentatively|provisionally)\b,?|-?ish\b|~",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HedgeWords();

    [GeneratedRegex(
        @"^\s*((sorry to (bother|trouble)( you)?|when(ever)? you (get|have) (a|the) (chance|sec(ond)?|minute|moment)|if you (get|have) (a|the)" +
        @" (chance|sec(ond)?|minute|moment)|when you can|at your convenience|no rush( but)?)\s*[,:;!\-—]*\s+)+(?=\S)",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PoliteLead();

    /// <summary>
    /// The message without a polite lead-in the cleaning leaves ("when you get a chance, log 5 for proof"): it opens with
    /// "when", but it is a request, not a question, and is read as the request it wraps.
    /// </summary>
    public static string WithoutPoliteLead(string message) => PoliteLead().Replace(message, "");

    /// <summary>The message without its hedging words, so what is hedged can be read — and then asked about.</summary>
    public static string WithoutHedges(string text) =>
        string.Join(' ', HedgeWords().Replace(text, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <param name="cleaned">The message as <see cref="Utterance.Clean"/> leaves it.</param>
    /// <param name="raw">The message as sent: a closing question mark is the strongest sign of a question.</param>
    public static Mood Read(string cleaned, string raw)
    {
        if (Hypothetical().IsMatch(cleaned))
        {
            return Mood.Hypothetical;
        }
        if (Negation().IsMatch(cleaned))
        {
            return Mood.Negation;
        }
        if (raw.TrimEnd().TrimEnd('.', '!', ' ', ')').EndsWith('?') || QuestionWords().IsMatch(cleaned))
        {
            return Mood.Question;
        }
        return Hedge().IsMatch(cleaned) ? Mood.Hedge : Mood.Statement;
    }

    [GeneratedRegex(@"^(can|could|shall) we\b|^let'?s\b|^we (should|need to|want to|have to)\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(stop|quit) (tracking|measuring|reporting)\b|\bno longer (track|measure|report)(ing)?\b", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StopTracking();

    /// <summary>
    /// A change to the board asked for in the words of a question or a negation — "could we add a KPI called …",
    /// "let's stop tracking proof" — is a request, not a doubt: it is asked about (a change is never made without
    /// a yes), where a what-if, "don't retire proof" or "should we retire proof?" is not.
    /// </summary>
    public static bool AsksForAChange(Mood mood, string cleaned) => mood switch
    {
        Mood.Question => Request().IsMatch(cleaned),
        Mood.Negation => !Negation().IsMatch(StopTracking().Replace(cleaned, " ")),
        _ => false,
    };

    /// <summary>Moods in which nothing is written, not even after a confirmation: the person did not say it happened.</summary>
    public static bool NeverWrites(Mood mood) => mood is Mood.Question or Mood.Hypothetical or Mood.Negation;
}
