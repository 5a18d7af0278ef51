using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatCoach.Bench;

/// <summary>
/// The Bot Framework as far as the Teams channel uses it, on loopback: OpenID metadata and the
/// signing keys the bot validates inbound tokens against, the token endpoint for the bot's own token,
/// and a connector that answers at once and records when each reply arrived, keyed by the activity it
/// replies to. It also mints the inbound tokens the load sends (RS256, as the real service does).
/// </summary>
internal sealed class FakeBotPlatform : IAsyncDisposable
{
    public const string AppId = "6d3f0b1e-5c2a-4e8b-9f71-2a0c4d5e6f70";
    public const string AppPassword = "bench-app-password";
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "bench-key";
    private static readonly string[] Algorithms = ["RS256"];

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);

    private FakeBotPlatform(WebApplication app) => _app = app;

    public ReplyLog Replies { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public string ServiceUrl => BaseUrl + "/teams/";

    public static async Task<FakeBotPlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new FakeBotPlatform(app);
        app.MapGet("/openid", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = platform.BaseUrl + "/keys",
            id_token_signing_alg_values_supported = Algorithms,
        }));
        app.MapGet("/keys", () => Results.Content(platform.Jwks(), "application/json"));
        app.MapPost("/token", () => Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "bench-bot-token" }));
        app.MapPost("/teams/v3/conversations/{conversation}/activities/{replyTo}", (string replyTo) =>
        {
            platform.Replies.Record(replyTo);
            return Results.Json(new { id = "reply-" + replyTo });
        });
        app.MapPost("/teams/v3/conversations/{**rest}", () => Results.Json(new { id = "bench" }));
        await app.StartAsync();
        platform.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return platform;
    }

    /// <summary>A token the Bot Framework would send with an activity: valid for an hour, for this service URL.</summary>
    public string MintToken()
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64Url(new JsonObject { ["alg"] = "RS256", ["kid"] = KeyId, ["typ"] = "JWT" }.ToJsonString());
        var payload = Base64Url(new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = AppId, ["serviceurl"] = ServiceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        }.ToJsonString());
        var signature = _key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private string Jwks()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId, ["n"] = Base64Url(parameters.Modulus!), ["e"] = Base64Url(parameters.Exponent!),
                ["endorsements"] = new JsonArray("msteams"),
            }),
        }.ToJsonString();
    }

    private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
