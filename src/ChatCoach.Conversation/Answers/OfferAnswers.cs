using System.Globalization;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation.Answers;

/// <summary>What a message says in answer to the choices the bot just offered.</summary>
public abstract record AnswerToOffer;

/// <summary>The person picked this choice: by its number, its label, its words, or a plain "yes".</summary>
public sealed record PickedChoice(Choice Choice) : AnswerToOffer;

/// <summary>"No" / "not now" to an offer whose only answer is to go ahead.</summary>
public sealed record DeclinedOffer(Choices Offer) : AnswerToOffer;

/// <summary>
/// Reads a natural answer to offered choices. A digit or ordinal counts the answers only — never a
/// navigation choice — so "5" means the fifth answer wherever it is shown; a label or its words pick
/// that choice; "yes" takes the only answer (or the first, where the prompt is a best guess), "no"
/// declines it. Anything else is not an answer, and the message is read as usual.
/// </summary>
public static class OfferAnswers
{
    private const int MaxWordsForAWordPick = 4;

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "am", "a", "an", "the", "one", "option", "it", "it's", "its", "me", "we", "are", "our", "is", "just", "go", "with", "pick", "that",
    };

    public static AnswerToOffer? Read(string text, Choices offer)
    {
        var cleaned = AnswerWords.Tidy(Conversation.Utterance.Clean(text));
        // A message that is only an emoji ("👍") answers with the emoji itself.
        var said = cleaned.Length > 0 ? cleaned : AnswerWords.Tidy(text);
        var answers = Choice.Answers(offer);
        if (said.Length == 0)
        {
            return null;
        }
        if (AnswerWords.PositionOf(said) is { } position)
        {
            return position >= 1 && position <= answers.Count ? new PickedChoice(answers[position - 1]) : null;
        }
        if (offer.Options.FirstOrDefault(o => Same(o.Label, said) || Same(o.Utterance, said)) is { } named)
        {
            return new PickedChoice(named);
        }
        if (AnswerWords.IsYes(said))
        {
            return Utterance(offer, "yes") is { } yes ? new PickedChoice(yes)
                : answers.Count == 1 || (offer.FirstIsDefault && answers.Count > 0) ? new PickedChoice(answers[0])
                : null;
        }
        if (AnswerWords.IsNo(said))
        {
            return Utterance(offer, "no") is { } no ? new PickedChoice(no)
                : answers.Count == 1 || offer.FirstIsDefault ? new DeclinedOffer(offer)
                : null;
        }
        return ByWords(said, offer);
    }

    /// <summary>
    /// "leader", "missing": the few words said all belong to one label. Not on a numbered scale,
    /// whose own reader interprets words and reads its guess back before storing it.
    /// </summary>
    private static PickedChoice? ByWords(string said, Choices offer)
    {
        var words = Words(said).Where(w => !Filler.Contains(w)).ToList();
        if (words.Count == 0 || words.Count > MaxWordsForAWordPick || offer.Options.Any(o => int.TryParse(o.Utterance, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }
        var fitting = offer.Options.Where(o => words.All(w => Words(o.Label).Contains(w))).ToList();
        return fitting.Count == 1 ? new PickedChoice(fitting[0]) : null;
    }

    private static Choice? Utterance(Choices offer, string utterance) =>
        offer.Options.FirstOrDefault(o => string.Equals(o.Utterance, utterance, StringComparison.OrdinalIgnoreCase));

    private static bool Same(string label, string said) => string.Equals(AnswerWords.Tidy(label), said, StringComparison.Ordinal);

    private static List<string> Words(string text) =>
        [.. AnswerWords.Tidy(text).Split([' ', ',', '(', ')', '/', '—', '-'], StringSplitOptions.RemoveEmptyEntries)];
}
