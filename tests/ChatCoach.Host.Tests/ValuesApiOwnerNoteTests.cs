using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

/// <summary>
/// A value pushed through the API reaches its row's owner as one short Slack DM, through the
/// outbox, on a real server talking to the local Slack fake; ChatCoach:Api:NotifyOwner=false stops it.
/// </summary>
public sealed class ValuesApiOwnerNoteTests : IAsyncLifetime
{
    private const string CostPerOpp = "cost-per-qualified-opp";
    private static readonly WorkspaceId Acme = new("slack:" + FakeSlackApi.TeamId);
    private static readonly UserRef Dana = new("slack:UDANA");
    private readonly TempSqlite _file = new();
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task The_owner_gets_one_DM_naming_the_integration_even_when_the_request_is_retried()
    {
        await using var server = await StartAsync();
        var secret = await ApiTokens.CreateAsync(_file.Path, "hubspot-sync", "write:values", Acme.Value);

        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(server, secret, """{"period":"2026-10","value":412}""", "run-1")).StatusCode);
        }

        var calls = await _slack.WaitForCallAsync("chat.postMessage");
        var note = Assert.Single(calls, c => c.Method == "chat.postMessage");
        Assert.Equal("DUDANA", note.Body["channel"]?.ToString());
        var text = note.Body.ToJsonString();
        Assert.Contains("Cost per qualified opportunity", text, StringComparison.Ordinal);
        Assert.Contains("via API (hubspot-sync): $412", text, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, await SentAsync(server));
        Assert.Single(await server.App.Services.GetRequiredService<IScoreboardStore>().HistoryAsync(Acme, CostPerOpp, CancellationToken.None));
    }

    [Fact]
    public async Task With_NotifyOwner_off_nothing_is_queued_for_the_owner()
    {
        await using var server = await StartAsync("--ChatCoach:Api:NotifyOwner=false");
        var secret = await ApiTokens.CreateAsync(_file.Path, "hubspot-sync", "write:values", Acme.Value);

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(server, secret, """{"period":"2026-10","value":412}""", null)).StatusCode);

        Assert.Null(await OutboxRowAsync(server, 1));
        Assert.Single(await server.App.Services.GetRequiredService<IScoreboardStore>().HistoryAsync(Acme, CostPerOpp, CancellationToken.None));
    }

    [Fact]
    public async Task A_note_that_cannot_be_queued_still_answers_201_and_a_retry_stores_nothing_twice()
    {
        await using var server = await StartAsync(services => services.AddSingleton<IOutbox>(new BrokenOutbox()));
        var secret = await ApiTokens.CreateAsync(_file.Path, "hubspot-sync", "write:values", Acme.Value);

        var first = await PostAsync(server, secret, """{"period":"2026-10","value":412}""", "run-1");
        var retry = await PostAsync(server, secret, """{"period":"2026-10","value":412}""", "run-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Single(await server.App.Services.GetRequiredService<IScoreboardStore>().HistoryAsync(Acme, CostPerOpp, CancellationToken.None));
    }

    private sealed class BrokenOutbox : IOutbox
    {
        public Task<bool> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the outbox table is unavailable");
    }

    private Task<RunningServer> StartAsync(params string[] settings) => StartAsync(null, settings);

    private async Task<RunningServer> StartAsync(Action<IServiceCollection>? overrides, params string[] settings)
    {
        var server = await RunningServer.StartAsync(_file.ConnectionString, ["--ChatCoach:Slack:SigningSecret=owner-note-test", "--ChatCoach:Slack:BotToken=xoxb-owner-note",
            $"--ChatCoach:Slack:ApiBaseUrl={_slack.ApiUrl}", .. settings], overrides);
        var store = server.App.Services.GetRequiredService<IScoreboardStore>();
        await store.EnsureWorkspaceAsync(Acme, CancellationToken.None);
        await server.App.Services.GetRequiredService<IBoardStore>().SetOwnerAsync(Acme, CostPerOpp, Dana, new ChangeStamp(new UserRef("slack:UADMIN"), server.Clock.GetUtcNow(), "test"), CancellationToken.None);
        return server;
    }

    /// <summary>The note's outbox status once it is recorded as sent (the outcome is written just after Slack answers), or as it stands after 10 s.</summary>
    private static async Task<OutboxStatus?> SentAsync(RunningServer server)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        OutboxRow? row;
        while ((row = await OutboxRowAsync(server, 1)) is not { Status: OutboxStatus.Sent } && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
        return row?.Status;
    }

    private static Task<OutboxRow?> OutboxRowAsync(RunningServer server, int revision) =>
        server.App.Services.GetRequiredService<IOutboxStore>().FindAsync($"api-value/{Acme}/{CostPerOpp}/2026-10/{revision}", CancellationToken.None);

    private static Task<HttpResponseMessage> PostAsync(RunningServer server, string secret, string json, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/indicators/{CostPerOpp}/values") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return server.Http.SendAsync(request);
    }
}
