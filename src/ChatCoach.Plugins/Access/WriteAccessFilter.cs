using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using Microsoft.SemanticKernel;

namespace ChatCoach.Plugins.Access;

/// <summary>
/// The one place that decides who may write. It runs for every function invocation through the
/// Kernel — from the embedded planner or a language model's tool call — and answers a write the
/// caller may not make with a <see cref="Refusal"/> instead of running it.
/// </summary>
public sealed class WriteAccessFilter(IScoreboardStore store, AdminPolicy admins) : IFunctionInvocationFilter
{
    /// <summary>A shared channel joins workspaces, not their admins.</summary>
    public const string GuestRefusal = "You are here from another workspace, so you cannot change this workspace's scoreboard; only its own admins can.";

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var refusal = await CheckAsync(context);
        if (refusal is null)
        {
            await next(context);
            return;
        }
        context.Result = new FunctionResult(context.Function, refusal);
    }

    private async Task<Refusal?> CheckAsync(FunctionInvocationContext context)
    {
        if (!AccessDeclarations.IsDeclared(context.Function))
        {
            // Fail closed: a function added to a kernel some other way than CoachKernel never runs undeclared.
            return new Refusal("That action isn't available.");
        }
        var attribute = AccessDeclarations.WriteRuleOf(context.Function);
        if (attribute is not { Access: var rule } || rule == WriteAccess.Anyone)
        {
            return null;
        }
        var scope = TurnScope.Of(context.Kernel);
        var caller = scope.Turn.Caller;
        if (admins.IsAdmin(scope.Turn))
        {
            return null;
        }
        if (rule == WriteAccess.Admin)
        {
            return new Refusal(scope.Turn.IsGuest ? GuestRefusal : attribute.Refusal);
        }
        var named = context.Arguments.TryGetValue(attribute.Row!, out var value) ? value?.ToString() ?? "" : "";
        var indicator = IndicatorMatcher.Match(named, await scope.IndicatorsAsync(store, context.CancellationToken)).Indicator;
        // An indicator nobody can identify is left to the function, which answers with the candidates.
        if (indicator is null || indicator.Owner == caller)
        {
            return null;
        }
        return new Refusal(
            indicator.Owner is null
                ? $"{indicator.Name} has no owner yet, so only an admin can record it."
                : $"Only the owner of {indicator.Name} or an admin can record its value.",
            indicator);
    }
}
