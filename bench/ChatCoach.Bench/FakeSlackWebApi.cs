using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatCoach.Bench;

/// <summary>
/// Slack's Web API as far as both bots use it, on loopback. It answers at once and records when each
/// threaded reply arrived, keyed by the thread it answers, so end-to-end time can be measured.
/// </summary>
internal sealed class FakeSlackWebApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _messageSeq;

    private long _wrongTokens;

    private FakeSlackWebApi(WebApplication app, BenchWorkspaces workspaces)
    {
        _app = app;
        Workspaces = workspaces;
    }

    public BenchWorkspaces Workspaces { get; }

    /// <summary>Calls per Web API method since the start: what each bot asks of Slack per answer.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, long> Calls { get; } = new();

    /// <summary>Calls made with a token that is not the one of the workspace they act in (or no known token at all).</summary>
    public long WrongTokens => Interlocked.Read(ref _wrongTokens);

    public ReplyLog Replies { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSlackWebApi> StartAsync(BenchWorkspaces workspaces)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackWebApi(app, workspaces);
        app.MapPost("/api/{method}", (string method, HttpRequest request) => fake.HandleAsync(method, request));
        // Where files.getUploadURLExternal sends a chart's bytes.
        app.MapPost("/upload/{file}", () => Results.Ok());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = address.TrimEnd('/') + "/api/";
        return fake;
    }

    private async Task<IResult> HandleAsync(string method, HttpRequest request)
    {
        var fields = await ReadFieldsAsync(request);
        Calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (method == "oauth.v2.access")
        {
            return Json(Grant(fields.GetValueOrDefault("code")));
        }
        var caller = Caller(request, fields);
        if (caller is null)
        {
            Interlocked.Increment(ref _wrongTokens);
            return Json(new { ok = false, error = "invalid_auth" });
        }
        if (fields.TryGetValue("channel", out var channel) ? !OwnChannel(caller, channel) : fields.TryGetValue("channel_id", out channel) && !OwnChannel(caller, channel))
        {
            Interlocked.Increment(ref _wrongTokens);
        }
        return method switch
        {
            "auth.test" => Json(new { ok = true, url = "https://bench.example/", team = caller.Team, user = "chatcoach", team_id = caller.Team, user_id = caller.BotUserId, bot_id = "B" + caller.BotUserId }),
            "chat.postMessage" => Json(Record(fields)),
            "files.getUploadURLExternal" => Json(new { ok = true, upload_url = $"{request.Scheme}://{request.Host}/upload/F{Interlocked.Increment(ref _messageSeq)}", file_id = "FBENCH" }),
            "files.completeUploadExternal" => Json(new { ok = true, files = new[] { new { id = "FBENCH" } } }),
            "users.info" => Json(new { ok = true, user = new { id = fields.GetValueOrDefault("user") ?? "U1", name = "bench", real_name = "Bench User", tz = "UTC", is_bot = false } }),
            "conversations.open" => Json(new { ok = true, channel = new { id = "DBENCH" } }),
            _ => Json(new { ok = true }),
        };
    }

    /// <summary>The workspace whose token the call carries (a bearer header or, as Slack also accepts, a token field).</summary>
    private BenchWorkspace? Caller(HttpRequest request, Dictionary<string, string> fields)
    {
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : fields.GetValueOrDefault("token");
        return token is null ? null : Workspaces.ByToken(token);
    }

    private bool OwnChannel(BenchWorkspace caller, string channel)
    {
        var n = BenchWorkspaces.ChannelNumber(channel);
        return n < 0 || Workspaces.OfChannel(n) == caller;
    }

    /// <summary>oauth.v2.access: the install code names the workspace; the grant is its bot token.</summary>
    private object Grant(string? code)
    {
        var workspace = Workspaces.All.FirstOrDefault(w => w.InstallCode == code);
        return workspace is null
            ? new { ok = false, error = "invalid_code" }
            : (object)new
            {
                ok = true, access_token = workspace.Token, token_type = "bot", scope = "app_mentions:read,chat:write,commands,files:write,users:read",
                bot_user_id = workspace.BotUserId, app_id = "ABENCH", team = new { id = workspace.Team, name = "Bench " + workspace.Index },
                authed_user = new { id = workspace.Admin },
            };
    }

    private object Record(Dictionary<string, string> fields)
    {
        if (fields.TryGetValue("thread_ts", out var thread))
        {
            Replies.Record(thread);
        }
        var ts = $"1800000000.{Interlocked.Increment(ref _messageSeq):D6}";
        return new { ok = true, channel = fields.GetValueOrDefault("channel"), ts };
    }

    /// <summary>Both encodings Slack accepts: form fields and a JSON body.</summary>
    private static async Task<Dictionary<string, string>> ReadFieldsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form.ToDictionary(f => f.Key, f => f.Value.ToString());
        }
        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? []
            : document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    private static IResult Json(object body) => Results.Json(body);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
