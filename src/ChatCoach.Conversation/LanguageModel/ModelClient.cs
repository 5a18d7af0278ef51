using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// Builds SK's OpenAI chat-completion connector for any OpenAI-compatible base URL. The OpenAI
/// client appends "chat/completions" to the endpoint, so "https://api.openai.com/v1",
/// "https://&lt;resource&gt;.openai.azure.com/openai/v1" and "http://localhost:11434/v1" all work.
/// </summary>
public static class ModelClient
{
    /// <summary>
    /// Servers without keys (Ollama, LM Studio) ignore the Authorization header, but the OpenAI
    /// client insists on a credential; this placeholder is not a secret.
    /// </summary>
    private const string NoKey = "no-key";

    public static IChatCompletionService Create(LlmOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            Transport = new HttpClientPipelineTransport(httpClient),
            // No hidden retries with back-off: a 429 or 5xx falls back to the embedded planner at
            // once, and the turn's own deadline (TimeoutSeconds) bounds the wait instead.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), clientOptions);
        return new OpenAIChatCompletionService(options.Model!, client, loggerFactory);
    }
}
