using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// The bot's own token for calling the connector: OAuth 2.0 client credentials for the
/// https://api.botframework.com/.default scope, cached until shortly before it expires:
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-to-connector
/// </summary>
internal sealed class BotTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<BotTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "ChatCoach.Teams.Token";
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? cached;

    /// <summary>False after the last attempt to get a token failed (read by the health check).</summary>
    public bool LastAttemptFailed { get; private set; }

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (cached is { } hit && clock.GetUtcNow() < hit.RenewAt)
        {
            return hit.Token;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && clock.GetUtcNow() < again.RenewAt)
            {
                return again.Token;
            }
            var fresh = await RequestAsync(cancellationToken);
            cached = fresh;
            return fresh.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(string Token, DateTimeOffset RenewAt)> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId ?? "",
            ["client_secret"] = settings.AppPassword ?? "",
            ["scope"] = Scope,
        });
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(settings.EffectiveTokenEndpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LastAttemptFailed = true;
            // The body may echo request details; log the status only.
            logger.LogError("The token endpoint refused the bot's credentials: {Status}", (int)response.StatusCode);
            throw new TeamsTokenException($"The token endpoint answered {(int)response.StatusCode}.");
        }
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new TeamsTokenException("The token endpoint answered without a token.");
        LastAttemptFailed = false;
        var lifetime = TimeSpan.FromSeconds(Math.Max(body.ExpiresIn, 0));
        return (body.AccessToken, clock.GetUtcNow() + lifetime - RenewBefore);
    }

    public void Dispose() => gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

public sealed class TeamsTokenException(string message) : Exception(message);
