using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Planner.Intents;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Scoreboard;
using Microsoft.SemanticKernel;

namespace ChatCoach.Planner;

/// <summary>
/// The planner that needs no language model: it reads the message with <see cref="IntentReader"/>
/// and calls the same kernel functions a model would, through the Kernel, so the same filters
/// (authorization, audit) apply.
/// </summary>
public sealed class EmbeddedPlanner : IPlanner
{
    public async Task<Reply> PlanAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        var intent = IntentReader.Read(text, TurnScope.Of(kernel).Today);
        return intent switch
        {
            ShowStanding => await CallAsync(kernel, "get_standing", new(), cancellationToken),
            ShowMissing => await CallAsync(kernel, "get_missing", new(), cancellationToken),
            ShowOwners { Indicator: null } => await CallAsync(kernel, "get_owners", new(), cancellationToken),
            ShowOwners who => await OwnerOfAsync(kernel, who.Indicator!, cancellationToken),
            ShowHistory h => await CallAsync(kernel, "get_history", new() { ["indicator"] = h.Indicator }, cancellationToken),
            RecordValue r => await CallAsync(kernel, "record_value",
                new() { ["indicator"] = r.Indicator, ["value"] = r.Value, ["period"] = r.Period?.ToString() }, cancellationToken),
            SetOwner o => await CallAsync(kernel, "set_owner", new() { ["indicator"] = o.Indicator, ["owner"] = o.Owner }, cancellationToken),
            SetTarget t => await CallAsync(kernel, "set_target", new() { ["indicator"] = t.Indicator, ["target"] = t.Target }, cancellationToken),
            DeleteWorkspaceData d => await WorkspaceReplies.DeleteAsync(kernel, d.Confirmation, cancellationToken),
            _ => ReplyComposer.Help(),
        };
    }

    private static async Task<Reply> CallAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        ReplyComposer.Compose(await InvokeAsync(kernel, function, arguments, cancellationToken));

    public static async Task<PluginResult> InvokeAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(ScoreboardPlugin.Name, function, arguments, cancellationToken);
        return result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{function} returned nothing.");
    }

    private static async Task<Reply> OwnerOfAsync(Kernel kernel, string indicator, CancellationToken cancellationToken)
    {
        var owners = (OwnersResult)await InvokeAsync(kernel, "get_owners", new(), cancellationToken);
        var match = IndicatorMatcher.Match(indicator, owners.Indicators);
        return match.Indicator is { } found
            ? ReplyComposer.Owner(found)
            : ReplyComposer.Compose(new UnknownIndicator(indicator, match.Candidates));
    }
}
