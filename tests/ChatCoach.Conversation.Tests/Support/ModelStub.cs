using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Conversation.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1:0 (real Kestrel, real HTTP). Each
/// test scripts its responses in order and reads back the requests it received.
/// See https://platform.openai.com/docs/api-reference/chat/create for the shapes.
/// </summary>
public sealed class ModelStub : IAsyncDisposable
{
    public const string Path = "/v1/chat/completions";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private ModelStub(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Completed each time a request arrives (then replaced), so a test can wait for one.</summary>
    public TaskCompletionSource RequestArrived { get; private set; } = NewSignal();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<ModelStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ModelStub(app);
        app.MapFallback(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return stub;
    }

    public ModelStub CallsTools(params (string Function, string Arguments)[] calls) => Then(ctx => JsonAsync(ctx, 200, Completion(null, calls, 100, 10)));

    public ModelStub Answers(string text, int promptTokens = 200, int completionTokens = 30) =>
        Then(ctx => JsonAsync(ctx, 200, Completion(text, [], promptTokens, completionTokens)));

    public ModelStub Fails(int status) => Then(ctx => JsonAsync(ctx, status, new JsonObject { ["error"] = new JsonObject { ["message"] = "scripted failure", ["type"] = "server_error" } }));

    /// <summary>Holds the request open until the client gives up (cancellation aborts it).</summary>
    public ModelStub Hangs() => Then(async ctx =>
    {
        var gone = NewSignal();
        using var registration = ctx.RequestAborted.Register(() => gone.TrySetResult());
        await gone.Task;
    });

    public ModelStub Then(Func<HttpContext, Task> response)
    {
        _script.Enqueue(response);
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), JsonNode.Parse(body)!));
        var arrived = RequestArrived;
        RequestArrived = NewSignal();
        arrived.TrySetResult();
        if (context.Request.Path != Path || !_script.TryDequeue(out var respond))
        {
            await JsonAsync(context, 404, new JsonObject { ["error"] = new JsonObject { ["message"] = "unscripted request to " + context.Request.Path } });
            return;
        }
        await respond(context);
    }

    public static JsonObject Completion(string? text, (string Function, string Arguments)[] calls, int promptTokens, int completionTokens)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = text };
        if (calls.Length > 0)
        {
            message["tool_calls"] = new JsonArray(calls.Select((c, i) => (JsonNode)new JsonObject
            {
                ["id"] = $"call_{i + 1}",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Function, ["arguments"] = c.Arguments },
            }).ToArray());
        }
        return new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_763_856_000,
            ["model"] = "test-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = calls.Length > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        };
    }

    public static async Task JsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string Path, string Authorization, JsonNode Body)
{
    public JsonArray Messages => Body["messages"]!.AsArray();

    public string AllMessageText => string.Join("\n", Messages.Select(m => m?["content"]?.ToJsonString() ?? ""));

    public string? ToolChoice => Body["tool_choice"]?.ToJsonString();

    public override string ToString() => $"{Method} {Path} {Body.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}";
}
