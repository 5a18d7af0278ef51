using System.Net.Http.Headers;
using System.Text.Json;
using ChatCoach.Channels.Teams.Auth;
using ChatCoach.Channels.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// The Bot Connector v3 REST API, the calls the bot needs:
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
/// Sends are paced per conversation; 429/412/5xx are retried with Retry-After or exponential backoff
/// with jitter (bounded); everything else is reported to the caller as it is.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClients,
    BotTokenProvider tokens,
    TrustedServiceUrls trusted,
    LocalPlaygroundGate playground,
    ConversationPacer pacer,
    TimeProvider clock,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "ChatCoach.Teams.Connector";
    private const int MaxAttempts = 4;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, activity, cancellationToken);

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", conversationId, activity, cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, activity, cancellationToken);

    /// <summary>Creates (or gets back) the 1:1 conversation with a user, for proactive messages.</summary>
    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <summary>One page of a team's or chat's members; pass the previous page's continuationToken.</summary>
    public Task<ConnectorResult> GetPagedMembersAsync(string serviceUrl, string conversationId, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = continuationToken is null ? "" : $"?continuationToken={Uri.EscapeDataString(continuationToken)}";
        return CallAsync<object?>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}", null, cancellationToken);
    }

    private async Task<ConnectorResult> SendPacedAsync(HttpMethod method, string serviceUrl, string path, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(conversationId, cancellationToken);
        return await CallAsync(method, serviceUrl, path, activity, cancellationToken);
    }

    private async Task<ConnectorResult> CallAsync<T>(HttpMethod method, string serviceUrl, string path, T? body, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || !trusted.IsTrusted(baseUri))
        {
            logger.LogWarning("Refused to call untrusted service URL {ServiceUrl}", serviceUrl);
            return new ConnectorResult(null, null, $"service URL '{serviceUrl}' was not learned from an authenticated activity");
        }
        // Straight to UTF-8, once for every attempt: a picture travels inside the activity as a
        // data: URI, and a .NET string of it was twice its size, then encoded again for the wire.
        var json = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, ActivityJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            var result = await AttemptAsync(method, new Uri(baseUri, path), json, cancellationToken);
            if (!result.Transient || attempt == MaxAttempts)
            {
                return result;
            }
            var delay = result.RetryAfter is { } wait ? TimeSpan.FromTicks(Math.Min(wait.Ticks, MaxDelay.Ticks)) : Backoff(attempt);
            logger.LogInformation("Connector answered {Status}; retry {Attempt} in {Delay}", (int?)result.Status, attempt, delay);
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    private async Task<ConnectorResult> AttemptAsync(HttpMethod method, Uri uri, byte[]? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
        }
        try
        {
            if (!playground.SendsWithoutToken(uri))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.TokenAsync(cancellationToken));
            }
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new ConnectorResult(response.StatusCode, text) { RetryAfter = RetryAfter(response) };
        }
        catch (HttpRequestException e)
        {
            return new ConnectorResult(null, null, $"{ConnectorResult.UnreachablePrefix}: {e.Message}");
        }
        catch (TeamsTokenException e)
        {
            return new ConnectorResult(null, null, e.Message);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return delay is null ? null : TimeSpan.FromTicks(Math.Max(delay.Value.Ticks, 0));
    }

    // Exponential backoff with jitter, as Teams' rate-limit guidance asks:
    // https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#handle-rate-limits
    private static TimeSpan Backoff(int attempt)
    {
        var exponential = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1));
        var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250));
        return exponential + jitter < MaxDelay ? exponential + jitter : MaxDelay;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
