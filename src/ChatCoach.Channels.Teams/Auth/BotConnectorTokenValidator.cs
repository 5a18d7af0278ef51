using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatCoach.Channels.Teams.Auth;

/// <summary>
/// Checks the bearer token the Bot Connector puts on every activity, exactly as specified in
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot
/// (issuer, audience = our app id, lifetime with 5 minutes' skew, RS256/384/512 signature from the
/// published keys, the serviceurl claim, the key's endorsements).
/// </summary>
internal sealed class BotConnectorTokenValidator(
    SigningKeySource keys,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<BotConnectorTokenValidator> logger)
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>
    /// Tokens whose signature, issuer and audience were verified. The Bot Connector puts the same token
    /// on every activity for about an hour; the exact same string cannot carry other claims, so its
    /// signature is not verified again. What can change is re-checked on every activity: the time
    /// (expiry), the published keys (a withdrawn key's tokens are refused), and the activity's own
    /// serviceUrl and channel.
    /// </summary>
    private readonly ConcurrentDictionary<string, JsonWebToken> verified = new(StringComparer.Ordinal);

    /// <summary>Enough for every token the connector uses at once; past it the memo starts again (a full check each).</summary>
    private const int VerifiedAtMost = 256;

    /// <returns>Null when valid; otherwise why not (for the log, never for the caller).</returns>
    public async Task<string?> RejectReasonAsync(string? authorization, string? serviceUrl, string? channelId, CancellationToken cancellationToken)
    {
        if (!options.Value.HasAppId)
        {
            return "no app id is configured, so no token can be valid";
        }
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "no bearer token";
        }
        var token = authorization["Bearer ".Length..].Trim();
        if (verified.TryGetValue(token, out var known))
        {
            return await AgainReasonAsync(token, known, serviceUrl, channelId, cancellationToken);
        }
        if (!handler.CanReadToken(token))
        {
            return "the bearer token is not a JWT";
        }
        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException e)
        {
            return $"the bearer token is malformed: {e.GetType().Name}";
        }
        var signingKeys = await KeysForAsync(jwt.Kid, cancellationToken);
        var result = await handler.ValidateTokenAsync(token, Parameters(signingKeys));
        if (!result.IsValid)
        {
            return $"token rejected: {result.Exception?.GetType().Name}: {result.Exception?.Message}";
        }
        Remember(token, jwt);
        return ClaimsReason(jwt, signingKeys, serviceUrl, channelId);
    }

    /// <summary>A token verified before: only what can have changed since is checked.</summary>
    private async Task<string?> AgainReasonAsync(string token, JsonWebToken jwt, string? serviceUrl, string? channelId, CancellationToken cancellationToken)
    {
        var signingKeys = await keys.KeysAsync(cancellationToken);
        if (!signingKeys.Any(k => k.KeyId == jwt.Kid))
        {
            verified.TryRemove(token, out _);
            return "token rejected: its signing key is no longer published";
        }
        if (!Lives(NullIfUnset(jwt.ValidFrom), NullIfUnset(jwt.ValidTo)))
        {
            verified.TryRemove(token, out _);
            return "token rejected: expired";
        }
        return ClaimsReason(jwt, signingKeys, serviceUrl, channelId);
    }

    private void Remember(string token, JsonWebToken jwt)
    {
        if (verified.Count >= VerifiedAtMost)
        {
            verified.Clear();
        }
        verified[token] = jwt;
    }

    // The library reports a missing nbf/exp as DateTime.MinValue.
    private static DateTime? NullIfUnset(DateTime value) => value == DateTime.MinValue ? null : value;

    private static string? ClaimsReason(JsonWebToken jwt, IReadOnlyList<JsonWebKey> signingKeys, string? serviceUrl, string? channelId)
    {
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var claimed)
            || !string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return $"the token's serviceurl claim does not match the activity's serviceUrl '{serviceUrl}'";
        }
        var key = signingKeys.FirstOrDefault(k => k.KeyId == jwt.Kid);
        if (key is null || !Endorsements.Allow(key, channelId))
        {
            return $"the signing key does not endorse channel '{channelId}'";
        }
        return null;
    }

    private async Task<IReadOnlyList<JsonWebKey>> KeysForAsync(string? keyId, CancellationToken cancellationToken)
    {
        var known = await keys.KeysAsync(cancellationToken);
        if (keyId is null || known.Any(k => k.KeyId == keyId))
        {
            return known;
        }
        // An unknown key id usually means the keys rolled over: refetch once.
        logger.LogInformation("Unknown signing key id {KeyId}; refreshing the Bot Connector metadata", keyId);
        keys.RequestRefresh();
        return await keys.KeysAsync(cancellationToken);
    }

    private TokenValidationParameters Parameters(IReadOnlyList<JsonWebKey> signingKeys) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.Value.AppId,
        IssuerSigningKeys = signingKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = Skew,
        LifetimeValidator = WithinLifetime,
    };

    // Our own clock (TimeProvider) instead of the library's wall clock, so tests can move time.
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) =>
        Lives(notBefore, expires);

    private bool Lives(DateTime? notBefore, DateTime? expires)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is not null
            && now <= expires.Value.ToUniversalTime() + Skew
            && (notBefore is null || now >= notBefore.Value.ToUniversalTime() - Skew);
    }
}
