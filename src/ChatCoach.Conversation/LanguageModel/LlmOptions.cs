using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// "ChatCoach:Llm": an OpenAI-compatible chat-completions service (OpenAI, Azure OpenAI's v1
/// endpoint, Ollama, vLLM, LM Studio). Without an Endpoint the embedded planner answers alone.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "ChatCoach:Llm";
    public const string EndpointKey = Section + ":Endpoint";

    /// <summary>The service's base URL, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Optional: Ollama and most local servers need none. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model id (for Azure OpenAI, the deployment name).</summary>
    public string? Model { get; set; }

    /// <summary>Function-calling round trips allowed per turn before the turn is answered without the model.</summary>
    public int MaxRounds { get; set; } = 5;

    /// <summary>No turn waits on the model longer than this, all rounds together.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Send every turn to the model, even those the embedded planner reads with confidence.</summary>
    public bool AlwaysUseModel { get; set; }

    /// <summary>Estimated tokens of earlier turns sent along as context; 0 sends none.</summary>
    public int MemoryTokenBudget { get; set; } = 2000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public static bool IsConfiguredIn(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointKey]);
}

public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = (options.IsConfigured ? WhenConfigured(options) : WhenAbsent(options)).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> WhenConfigured(LlmOptions options)
    {
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            yield return $"{LlmOptions.EndpointKey} must be an absolute http(s) URL such as https://api.openai.com/v1 (got '{options.Endpoint}').";
        }
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            yield return $"{LlmOptions.Section}:Model is required when {LlmOptions.EndpointKey} is set.";
        }
        if (options.MaxRounds is < 2 or > 20)
        {
            yield return $"{LlmOptions.Section}:MaxRounds must be from 2 to 20 (one round to call functions, one to answer) (got {options.MaxRounds}).";
        }
        if (options.TimeoutSeconds is < 1 or > 300)
        {
            yield return $"{LlmOptions.Section}:TimeoutSeconds must be from 1 to 300 (got {options.TimeoutSeconds}).";
        }
        if (options.MemoryTokenBudget is < 0 or > 100_000)
        {
            yield return $"{LlmOptions.Section}:MemoryTokenBudget must be from 0 to 100000 (got {options.MemoryTokenBudget}).";
        }
    }

    /// <summary>A model or key without an endpoint is a half-done setup: say so rather than silently ignore it.</summary>
    private static IEnumerable<string> WhenAbsent(LlmOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Model) || !string.IsNullOrWhiteSpace(options.ApiKey))
        {
            yield return $"{LlmOptions.EndpointKey} is required when {LlmOptions.Section}:Model or :ApiKey is set (for OpenAI use https://api.openai.com/v1).";
        }
    }
}
