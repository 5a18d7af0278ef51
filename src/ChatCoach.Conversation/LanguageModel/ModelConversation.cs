using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// One turn of function calling over the turn's kernel. The connector only proposes calls
/// (autoInvoke: false); this loop invokes them through the Kernel — so WriteAccessFilter and
/// FunctionAuditFilter run for every one — keeps their typed results for the grounding guard and
/// the fallback, and bounds the rounds. The last round offers no tools, so the model must answer.
/// </summary>
public sealed class ModelConversation(IChatCompletionService chat, LlmOptions options)
{
    /// <param name="hold">Asked before each proposed call: the reply to give instead (a write held for a yes), or null to run the call.</param>
    public async Task<ModelAnswer> RunAsync(Kernel kernel, ChatHistory history, TokenTally tokens, CancellationToken modelDeadline, CancellationToken turnCancellation,
        Func<FunctionCallContent, Task<Reply?>>? hold = null)
    {
        var results = new List<PluginResult>();
        for (var round = 1; round <= options.MaxRounds; round++)
        {
            var finalRound = round == options.MaxRounds;
            var message = await AskAsync(kernel, history, finalRound, tokens, results, modelDeadline, turnCancellation);
            var calls = FunctionCallContent.GetFunctionCalls(message).ToList();
            if (calls.Count == 0)
            {
                return new ModelAnswer(message.Content ?? "", results, round);
            }
            if (finalRound)
            {
                break;
            }
            history.Add(message);
            foreach (var call in calls)
            {
                if (hold is not null && await hold(call) is { } instead)
                {
                    throw new HeldCallException(instead);
                }
                var result = await InvokeAsync(kernel, call, results, turnCancellation);
                results.Add(result);
                history.Add(new FunctionResultContent(call, ResultsForModel.Serialize(result)).ToChatMessage());
            }
        }
        throw new ModelFailureException(ModelFailureKind.TooManyRounds, $"The model was still calling functions after {options.MaxRounds} requests.", results);
    }

    private async Task<ChatMessageContent> AskAsync(
        Kernel kernel, ChatHistory history, bool finalRound, TokenTally tokens, List<PluginResult> results, CancellationToken modelDeadline, CancellationToken turnCancellation)
    {
        var settings = new OpenAIPromptExecutionSettings
        {
            FunctionChoiceBehavior = finalRound ? FunctionChoiceBehavior.None() : FunctionChoiceBehavior.Auto(autoInvoke: false),
            Temperature = 0.2,
        };
        try
        {
            var message = await chat.GetChatMessageContentAsync(history, settings, kernel, modelDeadline);
            if (message.Metadata?.TryGetValue("Usage", out var usage) == true && usage is ChatTokenUsage counted)
            {
                tokens.Add(counted.InputTokenCount, counted.OutputTokenCount);
            }
            return message;
        }
        catch (OperationCanceledException) when (turnCancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (modelDeadline.IsCancellationRequested)
        {
            throw new ModelFailureException(ModelFailureKind.Timeout, "The model did not answer within the turn's time limit.", results, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // 429, 5xx, a refused connection, a body that is not chat-completions JSON: all the same to the person.
            throw new ModelFailureException(ModelFailureKind.Unavailable, "The model service failed: " + e.Message, results, e);
        }
    }

    /// <summary>
    /// Functions run under the turn's own cancellation, not the model deadline: a write the model
    /// asked for either happens completely or not at all, whatever the clock says.
    /// </summary>
    private static async Task<PluginResult> InvokeAsync(Kernel kernel, FunctionCallContent call, List<PluginResult> results, CancellationToken cancellationToken)
    {
        if (call.Exception is not null || !kernel.Plugins.TryGetFunction(call.PluginName, call.FunctionName, out var function))
        {
            throw new ModelFailureException(ModelFailureKind.MalformedToolCall,
                $"The model called '{call.PluginName}-{call.FunctionName}', which is unknown or has unreadable arguments.", results, call.Exception);
        }
        try
        {
            var result = await function.InvokeAsync(kernel, call.Arguments, cancellationToken);
            return result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{call.FunctionName} returned nothing.");
        }
        catch (Exception e) when (e is ArgumentException or KernelException)
        {
            // SK rejects missing or mistyped arguments before the function runs.
            throw new ModelFailureException(ModelFailureKind.MalformedToolCall, $"The model called {call.FunctionName} with arguments it cannot take: {e.Message}", results, e);
        }
    }
}
