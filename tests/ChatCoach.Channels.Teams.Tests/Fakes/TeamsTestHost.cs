using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>
/// The bot as the host will run it: a real Kestrel on 127.0.0.1:0 with AddTeamsChannel and
/// MapTeamsChannel, a scripted coach, the in-memory inbox, address store and pending files, and a fake clock.
/// </summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    public const string AppId = "3f0c8a52-6a3e-4d0e-9b7a-2f1e5d4c3b2a";
    public const string Issuer = "https://api.botframework.com";

    private TeamsTestHost(WebApplication app, FakeBotPlatform platform)
    {
        App = app;
        Platform = platform;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }
    public FakeBotPlatform Platform { get; }
    public HttpClient Client { get; }
    public ScriptedCoach Coach => (ScriptedCoach)App.Services.GetRequiredService<ICoach>();
    public InMemoryInbox Inbox => (InMemoryInbox)App.Services.GetRequiredService<IInbox>();
    public InMemoryAddressStore Addresses => (InMemoryAddressStore)App.Services.GetRequiredService<IConversationAddressStore>();
    public FakeTimeProvider Clock => (FakeTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    public static WebApplicationBuilder Builder(FakeBotPlatform platform, string environment, IDictionary<string, string?>? settings = null, InboxRecords? records = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? DefaultSettings(platform));
        builder.Services.AddSingleton<ICoach, ScriptedCoach>();
        builder.Services.AddSingleton<IConversationAddressStore, InMemoryAddressStore>();
        builder.Services.AddSingleton<IPendingFileStore, InMemoryPendingFiles>();
        builder.Services.AddSingleton(records ?? new InboxRecords());
        builder.Services.AddSingleton<InMemoryInbox>();
        builder.Services.AddSingleton<IInbox>(s => s.GetRequiredService<InMemoryInbox>());
        builder.Services.AddHostedService(s => s.GetRequiredService<InMemoryInbox>());
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow));
        return builder;
    }

    public static Dictionary<string, string?> DefaultSettings(FakeBotPlatform platform) => new()
    {
        ["ChatCoach:Teams:AppId"] = AppId,
        ["ChatCoach:Teams:AppPassword"] = "test-client-secret",
        ["ChatCoach:Teams:OpenIdMetadataUrl"] = platform.OpenIdMetadataUrl,
        ["ChatCoach:Teams:TokenEndpoint"] = platform.TokenEndpoint,
    };

    public static async Task<TeamsTestHost> StartAsync(FakeBotPlatform platform, string environment = "Production", IDictionary<string, string?>? settings = null,
        InboxRecords? records = null, Action<IServiceCollection>? overrides = null)
    {
        var builder = Builder(platform, environment, settings, records);
        overrides?.Invoke(builder.Services);
        if (!builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment))
        {
            throw new InvalidOperationException("Teams did not switch on.");
        }
        var app = builder.Build();
        app.MapTeamsChannel();
        await app.StartAsync();
        return new TeamsTestHost(app, platform);
    }

    /// <summary>A payload from Payloads/, pointed at the fake connector.</summary>
    public JsonObject Activity(string name) => Payloads.Load(name, Platform.ServiceUrl);

    public TokenClaims ValidClaims(string? serviceUrl = null) => new(
        Issuer, AppId, serviceUrl ?? Platform.ServiceUrl, Clock.GetUtcNow().AddMinutes(-1), Clock.GetUtcNow().AddHours(1));

    public string ValidToken() => Platform.Keys.Mint(ValidClaims());

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostAsync(activity, ValidToken());

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

public static class Payloads
{
    public static JsonObject Load(string name, string serviceUrl)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));
        return JsonNode.Parse(text.Replace("{{SERVICE_URL}}", serviceUrl, StringComparison.Ordinal))!.AsObject();
    }
}
