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

    private FakeSlackWebApi(WebApplication app) => _app = app;

    public ReplyLog Replies { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackWebApi(app);
        app.MapPost("/api/{method}", (string method, HttpRequest request) => fake.HandleAsync(method, request));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = address.TrimEnd('/') + "/api/";
        return fake;
    }

    private async Task<IResult> HandleAsync(string method, HttpRequest request)
    {
        var fields = await ReadFieldsAsync(request);
        return method switch
        {
            "auth.test" => Json(new { ok = true, url = "https://bench.example/", team = "Bench", user = "chatcoach", team_id = "TBENCH", user_id = BenchSlack.BotUserId, bot_id = "BBENCH" }),
            "chat.postMessage" => Json(Record(fields)),
            "users.info" => Json(new { ok = true, user = new { id = fields.GetValueOrDefault("user") ?? "U1", name = "bench", real_name = "Bench User", tz = "UTC", is_bot = false } }),
            "conversations.open" => Json(new { ok = true, channel = new { id = "DBENCH" } }),
            _ => Json(new { ok = true }),
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
