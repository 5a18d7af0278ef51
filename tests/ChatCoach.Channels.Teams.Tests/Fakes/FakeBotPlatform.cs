using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>
/// Microsoft's side, on 127.0.0.1: the OpenID metadata and JWKS (with endorsements), the token
/// endpoint, a Bot Connector that records every call the bot makes and answers from a script, and
/// an upload URL standing in for the person's OneDrive in the file-consent flow.
/// </summary>
public sealed class FakeBotPlatform : IAsyncDisposable
{
    public const string AccessToken = "fake-bot-access-token";

    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];

    private readonly WebApplication app;
    private readonly Channel<ConnectorCall> calls = Channel.CreateUnbounded<ConnectorCall>();
    private readonly ConcurrentQueue<ScriptedResponse> script = new();
    private int tokenRequests;

    private FakeBotPlatform(WebApplication app, TestSigningKeys keys)
    {
        this.app = app;
        Keys = keys;
    }

    public TestSigningKeys Keys { get; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The connector's service URL, as Teams would put it in activities.</summary>
    public string ServiceUrl => BaseUrl + "/teams/";

    public string OpenIdMetadataUrl => BaseUrl + "/openid";

    public string TokenEndpoint => BaseUrl + "/token";

    public int TokenRequests => tokenRequests;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>Every PUT to an upload URL, in order.</summary>
    public ConcurrentQueue<UploadCall> Uploads { get; } = new();

    /// <summary>What the upload URL answers (201 Created, as OneDrive does when the last range arrives).</summary>
    public int UploadStatus { get; set; } = StatusCodes.Status201Created;

    /// <summary>An upload URL on this fake, as Teams would put it in an accepted file-consent answer.</summary>
    public string UploadUrl(string name) => $"{BaseUrl}/upload/{name}";

    /// <summary>The clock each connector call is stamped with (the host's fake clock, when a test moves time).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Members returned by pagedmembers, two per page.</summary>
    public List<JsonObject> Roster { get; } = [];

    public static async Task<FakeBotPlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var platform = new FakeBotPlatform(builder.Build(), TestSigningKeys.Shared);
        platform.Map();
        await platform.app.StartAsync();
        platform.BaseUrl = platform.app.Urls.First().TrimEnd('/');
        return platform;
    }

    public void Script(int status, string body = "{}", string? retryAfter = null) =>
        script.Enqueue(new ScriptedResponse(status, body, retryAfter));

    public async Task<ConnectorCall> NextCallAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await calls.Reader.ReadAsync(timeout.Token);
    }

    private void Map()
    {
        app.MapGet("/openid", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = BaseUrl + "/keys",
            id_token_signing_alg_values_supported = SigningAlgorithms,
            token_endpoint_auth_methods_supported = AuthMethods,
        }));
        app.MapGet("/keys", () => Results.Content(Keys.Jwks(), "application/json"));
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            Interlocked.Increment(ref tokenRequests);
            return form["grant_type"] == "client_credentials" && form["scope"] == "https://api.botframework.com/.default"
                ? Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = AccessToken })
                : Results.BadRequest();
        });
        app.MapPut("/upload/{**rest}", (Delegate)UploadAsync);
        app.Map("/teams/v3/conversations", (Delegate)ConnectorAsync);
        app.Map("/teams/v3/conversations/{**rest}", (Delegate)ConnectorAsync);
    }

    private async Task<IResult> ConnectorAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        script.TryDequeue(out var scripted);
        var call = new ConnectorCall(http.Request.Method, http.Request.Path + http.Request.QueryString, http.Request.Headers.Authorization.ToString(), body)
        {
            At = Clock.GetUtcNow(),
            ScriptedStatus = scripted?.Status,
        };
        Calls.Enqueue(call);
        await calls.Writer.WriteAsync(call);
        if (scripted is not null)
        {
            if (scripted.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = scripted.RetryAfter;
            }
            return Results.Content(scripted.Body, "application/json", statusCode: scripted.Status);
        }
        return DefaultAnswer(call, http.Request.Query["continuationToken"].ToString());
    }

    private async Task<IResult> UploadAsync(HttpContext http)
    {
        using var bytes = new MemoryStream();
        await http.Request.Body.CopyToAsync(bytes);
        var headers = http.Request.Headers;
        Uploads.Enqueue(new UploadCall(http.Request.Path, headers.ContentRange.ToString(), http.Request.ContentLength, headers.Authorization.ToString(), bytes.ToArray()));
        return Results.Json(new { id = "onedrive-item-1" }, statusCode: UploadStatus);
    }

    private IResult DefaultAnswer(ConnectorCall call, string continuation)
    {
        if (call.Path.Contains("/pagedmembers", StringComparison.Ordinal))
        {
            var page = continuation.Length == 0 ? 0 : int.Parse(continuation, System.Globalization.CultureInfo.InvariantCulture);
            var members = new JsonArray([.. Roster.Skip(page * 2).Take(2).Select(m => m.DeepClone())]);
            var next = (page + 1) * 2 < Roster.Count ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Results.Json(new { members, continuationToken = next });
        }
        return call.Method == "POST" && call.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? Results.Json(new { id = "a:newPersonalConversation" }, statusCode: 201)
            : Results.Json(new { id = "activity-" + Calls.Count });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
    }

    private sealed record ScriptedResponse(int Status, string Body, string? RetryAfter);
}

public sealed record UploadCall(string Path, string ContentRange, long? ContentLength, string Authorization, byte[] Bytes);

public sealed record ConnectorCall(string Method, string Path, string Authorization, string Body)
{
    /// <summary>When the call arrived, on the platform's <see cref="FakeBotPlatform.Clock"/>.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The scripted status it was answered with, or null for the default answer (a success).</summary>
    public int? ScriptedStatus { get; init; }

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
