using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Scoreboard;

namespace ChatCoach.Planner.LanguageModel;

/// <summary>
/// The bot's own words for a turn's function results (<see cref="ReplyComposer"/>): the whole
/// answer when the model's text cannot be sent, and the receipts of writes under a model answer.
/// </summary>
public static class ResultRendering
{
    /// <summary>Every result, rendered once each, in the order the functions returned them.</summary>
    public static IReadOnlyList<ReplyPart> All(IEnumerable<PluginResult> results) =>
        results.Distinct().SelectMany(r => ReplyComposer.Compose(r).Parts).ToList();

    /// <summary>
    /// What the model's functions changed or were refused: these are stated by the bot under any
    /// model answer, so a model can neither claim a write that was refused nor hide one that happened.
    /// </summary>
    public static IReadOnlyList<ReplyPart> Receipts(IEnumerable<PluginResult> results) =>
        All(results.Where(IsReceipt));

    public static bool IsReceipt(PluginResult result) => result is ValueRecorded or OwnerChanged or TargetChanged or Refusal;
}
