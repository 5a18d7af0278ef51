using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// The bot's own words for a turn's function results: the whole answer when the model's text
/// cannot be sent, and the receipts of writes under a model answer.
/// </summary>
public static class ResultRendering
{
    /// <summary>Every result, rendered once each, in the order the functions returned them.</summary>
    public static IReadOnlyList<ReplyPart> All(IEnumerable<PluginResult> results) =>
        results.Distinct().SelectMany(r => ResultPresenters.ForPeople(r).Parts).ToList();

    /// <summary>
    /// What the model's functions changed or were refused, and the pictures they drew: these are stated by the bot under any
    /// model answer, so a model can neither claim a write that was refused nor hide one that happened.
    /// </summary>
    public static IReadOnlyList<ReplyPart> Receipts(IEnumerable<PluginResult> results) =>
        All(results.Where(ResultPresenters.IsReceipt));
}
