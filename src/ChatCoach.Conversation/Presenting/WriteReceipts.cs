using ChatCoach.Domain.Inbound;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation.Presenting;

/// <summary>
/// While an inbox row is handled, a write runs in one transaction with its receipt — the reply its
/// presenter gives for the write's result — kept on the row (decision 0021). If the process dies
/// before the turn's own reply is kept, the retry sends the receipt instead of writing again. The
/// innermost filter: a refused write never gets here. Reads pass straight through.
/// </summary>
public sealed class WriteReceipts : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        if (InboxDelivery.Handling is not { } delivery || AccessDeclarations.WriteRuleOf(context.Function) is null)
        {
            await next(context);
            return;
        }
        await delivery.WriteOnceAsync(
            async () =>
            {
                await next(context);
                return context.Result.GetValue<object>() as PluginResult;
            },
            result => result is null ? null : ResultPresenters.ForPeople(result),
            context.CancellationToken);
    }
}
