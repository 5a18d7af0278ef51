using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Planner.Intents;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Board;
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
        var today = TurnScope.Of(kernel).Today;
        var intent = IntentReader.Read(text, today);
        IReadOnlyList<Indicator>? board = null;
        if (intent is NotUnderstood)
        {
            // The default board's words did not fit; the workspace may have renamed or added rows.
            board = ((OwnersResult)await InvokeAsync(kernel, "get_owners", new(), cancellationToken)).Indicators;
            intent = IntentReader.Read(text, today, board);
        }
        return intent switch
        {
            SmallTalk talk => SmallTalkReplies.For(talk.Kind),
            AskIndicator ask => await AskAsync(kernel, ask, cancellationToken),
            ShowFurthestOffTarget => await CallAsync(kernel, "get_furthest_off_target", new(), cancellationToken),
            ShowChanges c => await CallAsync(kernel, "get_changes", new() { ["month"] = c.RecordedIn.ToString() }, cancellationToken),
            ShowQuarter q => await CallAsync(kernel, "get_quarter", new() { ["quarter"] = $"{q.Year}-Q{q.Quarter}" }, cancellationToken),
            NotUnderstood n when board is not null => Suggestions.For(n.Text, board),
            ShowStanding => await CallAsync(kernel, "get_standing", new(), cancellationToken),
            ShowMissing => await CallAsync(kernel, "get_missing", new(), cancellationToken),
            ShowOwners { Indicator: null } => await CallAsync(kernel, "get_owners", new(), cancellationToken),
            ShowOwners who => await OwnerOfAsync(kernel, who.Indicator!, cancellationToken),
            ShowHistory h => await CallAsync(kernel, "get_history", new() { ["indicator"] = h.Indicator }, cancellationToken),
            RecordValue r => await CallAsync(kernel, "record_value",
                new() { ["indicator"] = r.Indicator, ["value"] = r.Value, ["period"] = r.Period?.ToString() }, cancellationToken),
            SetOwner o => await CallAsync(kernel, "set_owner", new() { ["indicator"] = o.Indicator, ["owner"] = o.Owner }, cancellationToken),
            SetTarget t => await CallAsync(kernel, "set_target", new() { ["indicator"] = t.Indicator, ["target"] = t.Target }, cancellationToken),
            BoardIntent b => ReplyComposer.Compose(await InvokeAsync(kernel, BoardPlugin.Name, b.Function, new(b.Arguments.ToDictionary(a => a.Key, a => (object?)a.Value)), cancellationToken)),
            _ => ReplyComposer.Help(),
        };
    }

    private static async Task<Reply> CallAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        ReplyComposer.Compose(await InvokeAsync(kernel, function, arguments, cancellationToken));

    public static Task<PluginResult> InvokeAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        InvokeAsync(kernel, ScoreboardPlugin.Name, function, arguments, cancellationToken);

    public static async Task<PluginResult> InvokeAsync(Kernel kernel, string plugin, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, cancellationToken);
        return result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{function} returned nothing.");
    }

    /// <summary>A question about one indicator; when the name fits several, the choices ask the same question of each.</summary>
    private static async Task<Reply> AskAsync(Kernel kernel, AskIndicator ask, CancellationToken cancellationToken)
    {
        var result = await InvokeAsync(kernel, "get_indicator", new() { ["indicator"] = ask.Indicator, ["month"] = ask.Month?.ToString() }, cancellationToken);
        return result switch
        {
            IndicatorReport report => QuestionReplies.Indicator(report, ask.Aspect),
            UnknownIndicator { Candidates.Count: > 1 } unknown => Reply.Of(new Choices($"“{unknown.Asked}” could be more than one indicator. Which one?",
                [.. unknown.Candidates.Take(Suggestions.Max).Select(c => new Choice(c.Name, QuestionAgain(ask, c)))])),
            _ => ReplyComposer.Compose(result),
        };
    }

    private static string QuestionAgain(AskIndicator ask, Indicator indicator) => ask.Aspect switch
    {
        IndicatorAspect.Target => $"is {indicator.Key} on target",
        IndicatorAspect.Trend => ask.Month is { } m ? $"has {indicator.Key} changed since {m}" : $"is {indicator.Key} trending up",
        IndicatorAspect.RecordedBy => $"who recorded {indicator.Key}",
        _ => ask.Month is { } month ? $"what was {indicator.Key} in {month}" : $"how is {indicator.Key} doing",
    };

    private static async Task<Reply> OwnerOfAsync(Kernel kernel, string indicator, CancellationToken cancellationToken)
    {
        var owners = (OwnersResult)await InvokeAsync(kernel, "get_owners", new(), cancellationToken);
        var match = IndicatorMatcher.Match(indicator, owners.Indicators);
        return match.Indicator is { } found
            ? ReplyComposer.Owner(found)
            : ReplyComposer.Compose(new UnknownIndicator(indicator, match.Candidates));
    }
}
