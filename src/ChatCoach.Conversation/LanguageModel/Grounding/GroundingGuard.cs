using ChatCoach.Plugins;

namespace ChatCoach.Conversation.LanguageModel.Grounding;

/// <summary>The numbers of a model-written reply that this turn's function results do not back.</summary>
public sealed record GroundingCheck(IReadOnlyList<string> Unbacked)
{
    public bool Grounded => Unbacked.Count == 0;
}

/// <summary>
/// Checks a model-written reply before it is sent: every number in it must be one this turn's
/// function calls returned (see <see cref="BackedFigures"/>). See docs/decisions/0004-grounding-guard.md.
/// </summary>
public static class GroundingGuard
{
    public static GroundingCheck Check(string reply, IEnumerable<PluginResult> results)
    {
        var backed = new BackedFigures(results);
        var unbacked = NumberReader.Read(reply)
            .Where(n => !backed.Backs(n))
            .Select(n => n.Text)
            .Distinct()
            .ToList();
        return new GroundingCheck(unbacked);
    }
}
