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
    private long _ts;

    private FakeSlackApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiUrl => BaseUrl + "api/";

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

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
        app.MapPost("/response/{id}", (string id, HttpContext context) => fake.ApiAsync("response_url", context));
        app.MapPost("/upload/{id}", (string id, HttpContext context) => fake.UploadAsync(id, context));
        app.Map("/socket", fake.SocketAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return fake;
    }

    /// <summary>The next call to <paramref name="method"/> gets this answer instead of the default.</summary>
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
            await scripted(context);
            return;
        }
        await context.Response.WriteAsJsonAsync(DefaultAnswer(method, body));
    }

    private object DefaultAnswer(string method, JsonObject body) => method switch
    {
        "auth.test" => new { ok = true, user_id = BotUserId, bot_id = "BBOT", team_id = TeamId, user = "chatcoach" },
        "chat.postMessage" or "chat.update" => new { ok = true, channel = body["channel"]?.ToString(), ts = $"1800000000.{Interlocked.Increment(ref _ts):D6}" },
        "conversations.open" => new { ok = true, channel = new { id = "D" + body["users"] } },
        "users.info" => new { ok = true, user = new { id = body["user"]?.ToString(), name = "dana", real_name = "Dana", tz = "Europe/Berlin" } },
        "files.getUploadURLExternal" => new { ok = true, upload_url = $"{BaseUrl}upload/F{Interlocked.Increment(ref _ts):D6}", file_id = $"F{_ts:D6}" },
        "apps.connections.open" => new { ok = true, url = BaseUrl.Replace("http", "ws", StringComparison.Ordinal) + "socket" },
        _ => new { ok = true },
    };

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

    /// <summary>The external-upload URL: records the raw bytes as text, with the file id it was issued for.</summary>
    private async Task UploadAsync(string id, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = new JsonObject { ["file_id"] = id, ["content"] = await reader.ReadToEndAsync(), ["content_type"] = context.Request.ContentType };
        _calls.Enqueue(new SlackCall("upload", body, context.Request.Headers.Authorization.ToString()));
        _called.Release();
        await context.Response.WriteAsync("OK - " + body["content"]!.ToString().Length);
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
