using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatCoach.Plugins.Access;

/// <summary>Logs every function call with its caller, workspace, arguments and outcome — refusals included.</summary>
public sealed class FunctionAuditFilter(ILogger<FunctionAuditFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var turn = TurnScope.Of(context.Kernel).Turn;
        var arguments = string.Join(", ", context.Arguments.Select(a => $"{a.Key}={a.Value}"));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
            var outcome = context.Result.ValueType?.Name ?? "nothing";
            if (context.Result.GetValue<object>() is Refusal)
            {
                logger.LogWarning("Refused {Plugin}.{Function}({Arguments}) for {Caller} in {Workspace} via {Channel}",
                    context.Function.PluginName, context.Function.Name, arguments, turn.Caller, turn.Workspace, turn.Channel);
                return;
            }
            logger.LogInformation("{Plugin}.{Function}({Arguments}) by {Caller} in {Workspace} via {Channel} -> {Outcome} in {Elapsed:0.0} ms",
                context.Function.PluginName, context.Function.Name, arguments, turn.Caller, turn.Workspace, turn.Channel, outcome,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Plugin}.{Function}({Arguments}) by {Caller} in {Workspace} failed",
                context.Function.PluginName, context.Function.Name, arguments, turn.Caller, turn.Workspace);
            throw;
        }
    }
}
