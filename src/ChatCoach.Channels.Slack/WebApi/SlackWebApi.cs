using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API over HTTP: JSON bodies with a Bearer token, <c>ok:false</c> as
/// <see cref="SlackApiException"/>, HTTP 429 honoured with Retry-After, 5xx retried a few times.
/// Grouped by Slack's own method families (chat, conversations, users, auth, views, apps), per
/// workspace (<see cref="For"/>), each workspace with its own token. https://api.slack.com/web
/// </summary>
public sealed class SlackWebApi
{
    private const int MaxAttempts = 5;
    private readonly HttpClient _http;
    private readonly SlackOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<SlackWebApi> _logger;
    private readonly ISlackTokenSource _tokens;
    private readonly ChannelPacer _pacer;
    private readonly ConcurrentDictionary<string, SlackTeamApi> _teams = new(StringComparer.Ordinal);

    public SlackWebApi(HttpClient http, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackWebApi> logger, ISlackTokenSource? tokens = null)
    {
        _http = http;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _tokens = tokens ?? new ConfiguredSlackToken(_options.BotToken);
        // Channel ids are unique across workspaces, so one pacer serves them all.
        _pacer = new ChannelPacer(clock);
        Apps = new SlackAppsApi(this);
    }

    /// <summary>Used when a 429 comes without Retry-After.</summary>
    public TimeSpan RateLimitFallback { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The configured token's workspace (single-workspace mode).</summary>
    public SlackChatApi Chat => For(null).Chat;

    public SlackConversationsApi Conversations => For(null).Conversations;

    public SlackUsersApi Users => For(null).Users;

    public SlackAuthApi Auth => For(null).Auth;

    public SlackViewsApi Views => For(null).Views;

    public SlackAppsApi Apps { get; }

    /// <summary>The Web API as the bot of Slack team <paramref name="team"/> (null: the configured token).</summary>
    public SlackTeamApi For(string? team) =>
        _teams.GetOrAdd(team ?? "", key => new SlackTeamApi(this, key.Length == 0 ? null : key, _pacer, _clock));

    /// <summary>After an uninstall or a refused token: forget the team's token and cached answers.</summary>
    public void Forget(string team)
    {
        _teams.TryRemove(team, out _);
        _tokens.Forget(team);
    }

    /// <summary>Calls a method with the team's own token; a token Slack refuses is forgotten (never logged).</summary>
    public async Task<JsonElement> CallForTeamAsync(string? team, string method, JsonObject arguments, CancellationToken cancellationToken)
    {
        var token = await _tokens.TokenForAsync(team, cancellationToken);
        if (token is null)
        {
            // Slack's own word for "no token": permanent, so outbound messages stop instead of retrying.
            throw new SlackApiException(method, "not_authed");
        }
        try
        {
            return await CallAsync(method, arguments, cancellationToken, token);
        }
        catch (SlackApiException e) when (e.IsAuthError && team is not null)
        {
            _logger.LogWarning("Slack refused the bot token of workspace {Team} on {Method} ({Error}); it is no longer used", team, method, e.Error);
            Forget(team);
            throw;
        }
    }

    /// <summary>Calls a Web API method with the bot token (or <paramref name="token"/>) and returns Slack's answer.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken, string? token = null)
    {
        // UTF-8 straight from the nodes: no intermediate string for every message sent.
        var body = JsonSerializer.SerializeToUtf8Bytes(arguments);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.ApiBaseUrl), method))
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } },
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

    internal static async Task<JsonElement> ReadAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Slack's Retry-After rides on the exception: whoever retries the whole send later waits at least that long.
        var retryAfter = response.Headers.RetryAfter?.Delta;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SlackApiException(method, "ratelimited").With(retryAfter);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Slack {method} answered HTTP {(int)response.StatusCode}.", null, response.StatusCode).With(retryAfter);
        }
        var root = await ReadJsonAsync(method, response, cancellationToken);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new SlackUnreadableAnswerException(method);
        }
        if (ok.ValueKind == JsonValueKind.False)
        {
            throw new SlackApiException(method, root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString()! : "unknown_error");
        }
        return root;
    }

    private static async Task<JsonElement> ReadJsonAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new SlackUnreadableAnswerException(method, e);
        }
    }
}
