using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>Test RSA keys standing in for the Bot Connector's, and a way to mint its tokens.</summary>
public sealed class TestSigningKeys : IDisposable
{
    public const string TeamsKeyId = "test-key-msteams";
    public const string WebChatKeyId = "test-key-webchat";
    public const string RogueKeyId = "test-key-rogue";

    /// <summary>One set for the whole run: generating RSA keys is the slowest part of a test's set-up.</summary>
    public static TestSigningKeys Shared { get; } = new();

    private readonly RSA teams = RSA.Create(2048);
    private readonly RSA webChat = RSA.Create(2048);
    private readonly RSA rogue = RSA.Create(2048);

    /// <summary>The published JWKS: the Teams key endorses msteams, the other only webchat.</summary>
    public string Jwks() => new JsonObject
    {
        ["keys"] = new JsonArray(Jwk(teams, TeamsKeyId, "msteams"), Jwk(webChat, WebChatKeyId, "webchat")),
    }.ToJsonString();

    public string Mint(TokenClaims claims, string keyId = TeamsKeyId)
    {
        var rsa = keyId switch { TeamsKeyId => teams, WebChatKeyId => webChat, _ => rogue };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = claims.Issuer,
            Audience = claims.Audience,
            IssuedAt = claims.NotBefore.UtcDateTime,
            NotBefore = claims.NotBefore.UtcDateTime,
            Expires = claims.Expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = claims.ServiceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token ("alg": "none") with otherwise valid claims.</summary>
    public static string MintWithoutSignature(TokenClaims claims)
    {
        var header = Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + TeamsKeyId + "\"}");
        var payload = Base64Url(new JsonObject
        {
            ["iss"] = claims.Issuer,
            ["aud"] = claims.Audience,
            ["serviceurl"] = claims.ServiceUrl,
            ["nbf"] = claims.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = claims.Expires.ToUnixTimeSeconds(),
        }.ToJsonString());
        return $"{header}.{payload}.";
    }

    private static JsonObject Jwk(RSA rsa, string keyId, string endorsement)
    {
        var parameters = rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(endorsement),
        };
    }

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        teams.Dispose();
        webChat.Dispose();
        rogue.Dispose();
    }
}

public sealed record TokenClaims(string Issuer, string Audience, string ServiceUrl, DateTimeOffset NotBefore, DateTimeOffset Expires);
