using ChatCoach.Plugins;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>Why a turn could not be answered by the model.</summary>
public enum ModelFailureKind
{
    /// <summary>The turn's deadline (ChatCoach:Llm:TimeoutSeconds) passed.</summary>
    Timeout,

    /// <summary>The service answered with an error (429, 5xx, …) or could not be reached.</summary>
    Unavailable,

    /// <summary>A tool call named no known function or carried arguments that are not JSON.</summary>
    MalformedToolCall,

    /// <summary>The model was still calling functions after ChatCoach:Llm:MaxRounds requests.</summary>
    TooManyRounds,
}

/// <summary>
/// The model could not finish the turn. <see cref="Results"/> holds what the functions it did call
/// returned, so the fallback never repeats a write that already happened.
/// </summary>
public sealed class ModelFailureException(ModelFailureKind kind, string message, IReadOnlyList<PluginResult> results, Exception? inner = null)
    : Exception(message, inner)
{
    public ModelFailureKind Kind { get; } = kind;

    public IReadOnlyList<PluginResult> Results { get; } = results;
}
