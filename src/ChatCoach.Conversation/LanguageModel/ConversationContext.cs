using ChatCoach.Domain.Conversation;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// Puts the newest remembered turns into the chat history, as many as fit the token budget.
/// Tokens are estimated at four characters each — close enough for English to bound the cost
/// without shipping a tokenizer for every model a team might point us at.
/// </summary>
public static class ConversationContext
{
    /// <summary>Turns read from the store per request; the budget usually cuts earlier.</summary>
    public const int RecallTurns = 20;

    /// <summary>Turns a conversation keeps in the store.</summary>
    public const int KeepTurns = 40;

    public static int EstimateTokens(string text) => (text.Length + 3) / 4;

    public static IReadOnlyList<RememberedTurn> WithinBudget(IReadOnlyList<RememberedTurn> turns, int tokenBudget)
    {
        var kept = new List<RememberedTurn>();
        var spent = 0;
        foreach (var turn in turns.Reverse())
        {
            spent += EstimateTokens(turn.Said) + EstimateTokens(turn.Answered);
            if (spent > tokenBudget)
            {
                break;
            }
            kept.Add(turn);
        }
        kept.Reverse();
        return kept;
    }

    public static ChatHistory Build(string systemPrompt, IReadOnlyList<RememberedTurn> remembered, string text)
    {
        var history = new ChatHistory(systemPrompt);
        foreach (var turn in remembered)
        {
            history.AddUserMessage(turn.Said);
            history.AddAssistantMessage(turn.Answered);
        }
        history.AddUserMessage(text);
        return history;
    }
}
