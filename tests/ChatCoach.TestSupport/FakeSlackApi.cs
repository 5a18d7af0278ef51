using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.TestSupport;

/// <summary>A workspace the fake Slack knows: its bot's token and identity there.</summary>
public sealed record FakeWorkspace(string Team, string Name, string BotUserId, string Token);

/// <summary>One call the bot made to the fake Slack.</summary>
public sealed record SlackCall(string Method, JsonObject Body, string? Authorization);

/// <summary>
/// A local stand-in for Slack's Web API (and response_url, and a Socket Mode WebSocket), over real
/// HTTP on loopback. It records every call; tests script exceptional answers per method.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    public const string TeamId = "TACME";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripted = new();
    private readonly SemaphoreSlim _called = new(0);
    private readonly ConcurrentDictionary<string, FakeWorkspace> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ClientId, FakeWorkspace Workspace)> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _revoked = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Channel, string Ts, JsonObject Body)> _posted = new();
    private long _ts;

    private FakeSlackApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiUrl => BaseUrl + "api/";

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    /// <summary>The bytes and content type POSTed to each upload URL, by file id.</summary>
    public ConcurrentDictionary<string, (byte[] Bytes, string? ContentType)> Uploads { get; } = new();

    public IEnumerable<SlackCall> CallsTo(string method) => _calls.Where(c => c.Method == method);

    /// <summary>What the next Socket Mode connection does, given the open socket.</summary>
    public ConcurrentQueue<Func<WebSocket, Task>> SocketScripts { get; } = new();

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (string method, HttpContext context) => fake.ApiAsync(method, context));
        app.MapPost("/upload/{fileId}", (string fileId, HttpContext context) => fake.UploadAsync(fileId, context));
        app.MapPost("/response/{id}", (string id, HttpContext context) => fake.ApiAsync("response_url", context));
        app.Map("/socket", fake.SocketAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return fake;
    }

    /// <summary>The app's OAuth credentials as Slack knows them (oauth.v2.access checks them).</summary>
    public string ClientId { get; set; } = "1111.2222";

    public string ClientSecret { get; set; } = "fake-client-secret-0000";

    /// <summary>
    /// Lets a workspace approve an install: returns the one-time code Slack would hand the browser,
    /// valid for <paramref name="clientId"/> (default: this app). Its token then answers as that workspace.
    /// </summary>
    public string ApproveInstall(FakeWorkspace workspace, string? clientId = null)
    {
        var code = $"code-{Guid.NewGuid():N}";
        _codes[code] = (clientId ?? ClientId, workspace);
        return code;
    }

    /// <summary>From now on Slack refuses this token with token_revoked.</summary>
    public void Revoke(string token) => _revoked[token] = true;

    /// <summary>Calls made with a given bot token.</summary>
    public IEnumerable<SlackCall> CallsWithToken(string token) => _calls.Where(c => c.Authorization == $"Bearer {token}");

    /// <summary>A scripted answer finds the call's body (already read) under this key in HttpContext.Items.</summary>
    public const string BodyItem = "slack.body";

    public void Script(string method, Func<HttpContext, Task> answer) =>
        _scripted.GetOrAdd(method, _ => new ConcurrentQueue<Func<HttpContext, Task>>()).Enqueue(answer);

    public void ScriptError(string method, string error) =>
        Script(method, context => context.Response.WriteAsJsonAsync(new { ok = false, error }));

    /// <summary>Waits until the recorded calls satisfy the condition; no fixed sleeps, bounded in time.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(Func<IReadOnlyList<SlackCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition(Calls))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _called.WaitAsync(left))
            {
                throw new TimeoutException($"Slack calls seen: {string.Join(", ", Calls.Select(c => c.Method))}");
            }
        }
        return Calls;
    }

    public Task<IReadOnlyList<SlackCall>> WaitForCallAsync(string method, int count = 1) =>
        WaitForAsync(calls => calls.Count(c => c.Method == method) >= count);

    private async Task ApiAsync(string method, HttpContext context)
    {
        var body = await ReadAsync(context.Request);
        _calls.Enqueue(new SlackCall(method, body, context.Request.Headers.Authorization.ToString()));
        _called.Release();
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            context.Items[BodyItem] = body;
            await scripted(context);
            return;
        }
        var token = context.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        if (token is not null && _revoked.ContainsKey(token))
        {
            await context.Response.WriteAsJsonAsync(new { ok = false, error = "token_revoked" });
            return;
        }
        await context.Response.WriteAsJsonAsync(method == "oauth.v2.access" ? Exchange(context, body) : DefaultAnswer(method, body, token));
    }

    /// <summary>oauth.v2.access as Slack answers it: client credentials in Basic auth, a single-use code issued to that client.</summary>
    private object Exchange(HttpContext context, JsonObject body)
    {
        var basic = context.Request.Headers.Authorization.ToString();
        var credentials = basic.StartsWith("Basic ", StringComparison.Ordinal) ? Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])).Split(':', 2) : [];
        if (credentials.Length != 2 || credentials[0] != ClientId)
        {
            return new { ok = false, error = "invalid_client_id" };
        }
        if (credentials[1] != ClientSecret)
        {
            return new { ok = false, error = "bad_client_secret" };
        }
        if (body["code"]?.ToString() is not { } code || !_codes.TryRemove(code, out var grant) || grant.ClientId != ClientId)
        {
            return new { ok = false, error = "invalid_code" };
        }
        var workspace = grant.Workspace;
        _byToken[workspace.Token] = workspace;
        return new
        {
            ok = true, access_token = workspace.Token, token_type = "bot", scope = "app_mentions:read,chat:write,commands,im:history,im:write,users:read",
            bot_user_id = workspace.BotUserId, app_id = "A0CHATCOACH", team = new { id = workspace.Team, name = workspace.Name },
            enterprise = (object?)null, is_enterprise_install = false, authed_user = new { id = "UINSTALLER" },
        };
    }

    private object DefaultAnswer(string method, JsonObject body, string? token) => method switch
    {
        "auth.test" when token is not null && _byToken.TryGetValue(token, out var installed) =>
            new { ok = true, user_id = installed.BotUserId, bot_id = "B" + installed.BotUserId, team_id = installed.Team, user = "chatcoach" },
        "auth.test" => new { ok = true, user_id = BotUserId, bot_id = "BBOT", team_id = TeamId, user = "chatcoach" },
        "chat.postMessage" => Posted(body, $"1800000000.{Interlocked.Increment(ref _ts):D6}"),
        "chat.update" => new { ok = true, channel = body["channel"]?.ToString(), ts = $"1800000000.{Interlocked.Increment(ref _ts):D6}" },
        "conversations.replies" or "conversations.history" => History(method, body),
        "conversations.open" => new { ok = true, channel = new { id = "D" + body["users"] } },
        "users.info" => new { ok = true, user = new { id = body["user"]?.ToString(), name = "dana", real_name = "Dana", tz = "Europe/Berlin" } },
        "files.getUploadURLExternal" => NewUpload(),
        "files.completeUploadExternal" => new { ok = true, files = body["files"]?.DeepClone() },
        "apps.connections.open" => new { ok = true, url = BaseUrl.Replace("http", "ws", StringComparison.Ordinal) + "socket" },
        _ => new { ok = true },
    };

    /// <summary>Keeps a message Slack accepted (conversations.replies and .history show it); for scripted answers that accept a post.</summary>
    public object Posted(JsonObject body, string ts)
    {
        _posted.Enqueue((body["channel"]?.ToString() ?? "", ts, (JsonObject)body.DeepClone()));
        return new { ok = true, channel = body["channel"]?.ToString(), ts };
    }

    /// <summary>
    /// The channel's top-level messages (history) or a thread's (replies: the parent and its replies),
    /// with each message's metadata when include_all_metadata is set, as Slack returns them.
    /// </summary>
    private object History(string method, JsonObject body)
    {
        var channel = body["channel"]?.ToString();
        var thread = body["ts"]?.ToString();
        var withMetadata = body["include_all_metadata"]?.ToString() is "true" or "True";
        var messages = new JsonArray();
        foreach (var (_, ts, posted) in _posted.Where(p => p.Channel == channel))
        {
            var threadTs = posted["thread_ts"]?.ToString();
            if (method == "conversations.replies" ? threadTs != thread && ts != thread : threadTs is not null)
            {
                continue;
            }
            var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = posted["text"]?.DeepClone(), ["bot_id"] = "BBOT" };
            if (withMetadata && posted["metadata"] is JsonNode metadata)
            {
                message["metadata"] = metadata.DeepClone();
            }
            messages.Add(message);
        }
        return new JsonObject { ["ok"] = true, ["messages"] = messages, ["has_more"] = false };
    }

    private object NewUpload()
    {
        var fileId = $"F{Interlocked.Increment(ref _ts):D6}";
        return new { ok = true, file_id = fileId, upload_url = $"{BaseUrl}upload/{fileId}" };
    }

    /// <summary>Slack's upload URL: takes the raw bytes (recorded as the call "upload"); scripted answers as for methods.</summary>
    private async Task UploadAsync(string fileId, HttpContext context)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes);
        Uploads[fileId] = (bytes.ToArray(), context.Request.ContentType);
        _calls.Enqueue(new SlackCall("upload", new JsonObject { ["file_id"] = fileId, ["length"] = bytes.Length }, context.Request.Headers.Authorization.ToString()));
        _called.Release();
        if (_scripted.TryGetValue("upload", out var queue) && queue.TryDequeue(out var scripted))
        {
            await scripted(context);
            return;
        }
        await context.Response.WriteAsync("OK - " + bytes.Length);
    }

    private static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }
            return fields;
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _calls.Enqueue(new SlackCall("socket.connect", [], null));
        _called.Release();
        if (SocketScripts.TryDequeue(out var script))
        {
            await script(socket);
        }
    }

    /// <summary>Sends a JSON frame on a Socket Mode connection.</summary>
    public static Task SendAsync(WebSocket socket, object frame) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(frame)), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Reads one JSON frame (an acknowledgement) from a Socket Mode connection.</summary>
    public static async Task<JsonObject?> ReceiveAsync(WebSocket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, cancel.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(buffer.AsSpan(0, result.Count)) as JsonObject;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
