using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API over HTTP: JSON bodies with a Bearer token, <c>ok:false</c> as
/// <see cref="SlackApiException"/>, HTTP 429 honoured with Retry-After, 5xx retried a few times.
/// Grouped by Slack's own method families (chat, conversations, users, auth, views, apps).
/// https://api.slack.com/web
/// </summary>
public sealed class SlackWebApi
{
    private const int MaxAttempts = 5;
    private readonly HttpClient _http;
    private readonly SlackOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<SlackWebApi> _logger;

    public SlackWebApi(HttpClient http, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackWebApi> logger)
    {
        _http = http;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        Chat = new SlackChatApi(this, new ChannelPacer(clock));
        Conversations = new SlackConversationsApi(this);
        Users = new SlackUsersApi(this, clock);
        Auth = new SlackAuthApi(this);
        Views = new SlackViewsApi(this);
        Apps = new SlackAppsApi(this);
    }

    /// <summary>Used when a 429 comes without Retry-After.</summary>
    public TimeSpan RateLimitFallback { get; set; } = TimeSpan.FromSeconds(1);

    public SlackChatApi Chat { get; }

    public SlackConversationsApi Conversations { get; }

    public SlackUsersApi Users { get; }

    public SlackAuthApi Auth { get; }

    public SlackViewsApi Views { get; }

    public SlackAppsApi Apps { get; }

    /// <summary>Calls a Web API method with the bot token (or <paramref name="token"/>) and returns Slack's answer.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken, string? token = null)
    {
        var body = arguments.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.ApiBaseUrl), method))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _options.BotToken);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (Retryable(response.StatusCode) && attempt < MaxAttempts)
            {
                var wait = RetryDelay(response, attempt);
                _logger.LogWarning("Slack {Method} answered {Status}; retrying in {Wait}", method, (int)response.StatusCode, wait);
                await Task.Delay(wait, _clock, cancellationToken);
                continue;
            }
            return await ReadAsync(method, response, cancellationToken);
        }
    }

    private static bool Retryable(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return response.Headers.RetryAfter?.Delta ?? RateLimitFallback;
        }
        return TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt - 1));
    }

    private static async Task<JsonElement> ReadAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SlackApiException(method, "ratelimited");
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Slack {method} answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement.Clone();
        if (!root.TryGetProperty("ok", out var ok) || !ok.GetBoolean())
        {
            throw new SlackApiException(method, root.TryGetProperty("error", out var error) ? error.GetString() ?? "unknown_error" : "unknown_error");
        }
        return root;
    }
}
