using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

/// <summary>
/// An admin asks for a token in a Slack DM, on the real server with the local Slack fake: the
/// secret reaches Slack once, works on the values API, and is written to no table (the inbox row
/// keeps the answer for a retry without it).
/// </summary>
public sealed partial class ChatTokenOverSlackTests : IAsyncLifetime
{
    private const string SigningSecret = "chat-token-test-secret";
    private readonly TempSqlite _file = new();
    private FakeSlackApi _slack = null!;

    [GeneratedRegex(@"cc_[A-Za-z0-9_-]{43}")]
    private static partial Regex Secret();

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task A_token_made_in_a_DM_works_on_the_API_and_its_secret_is_stored_nowhere()
    {
        await using var server = await RunningServer.StartAsync(_file.ConnectionString, $"--ChatCoach:Slack:SigningSecret={SigningSecret}",
            "--ChatCoach:Slack:BotToken=xoxb-chat-token", $"--ChatCoach:Slack:ApiBaseUrl={_slack.ApiUrl}", $"--ChatCoach:Admins:0=slack:UADA");

        // The answer is kept with its inbox row before it is sent, and let go once the row is done:
        // Slack holds the send until the kept form has been read.
        var looked = new TaskCompletionSource();
        _slack.Script("chat.postMessage", async context =>
        {
            await looked.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await context.Response.WriteAsJsonAsync(_slack.Posted((JsonObject)context.Items[FakeSlackApi.BodyItem]!, "1700000000.000100"));
        });

        var accepted = await server.Http.SendAsync(DirectMessage(server.Clock, "UADA", "create an API token called hubspot-sync that can write values"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var posted = (await _slack.WaitForCallAsync("chat.postMessage")).First(c => c.Method == "chat.postMessage");
        var secret = Secret().Match(posted.Body.ToJsonString()).Value;
        Assert.True(secret.Length > 0, posted.Body.ToJsonString());
        var keptWhileSending = await InboxTextAsync(server);
        looked.SetResult();

        Assert.Contains(keptWhileSending, row => row.Contains("not kept", StringComparison.Ordinal));
        Assert.DoesNotContain(keptWhileSending, row => row.Contains(secret, StringComparison.Ordinal));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(request)).StatusCode);
        Assert.DoesNotContain(await InboxTextAsync(server), row => row.Contains(secret, StringComparison.Ordinal));
    }

    /// <summary>Every inbox row's payload and kept answer, as text.</summary>
    private static async Task<List<string>> InboxTextAsync(RunningServer server)
    {
        var database = server.App.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QueryAsync("SELECT payload, replies FROM inbox", r => r.GetString(0) + "\n" + (r.IsDBNull(1) ? "" : r.GetString(1)), CancellationToken.None);
    }

    private static HttpRequestMessage DirectMessage(TimeProvider clock, string user, string text)
    {
        var body = new JsonObject
        {
            ["team_id"] = FakeSlackApi.TeamId, ["type"] = "event_callback", ["event_id"] = "EvToken1", ["event_time"] = 1_700_000_000,
            ["event"] = new JsonObject
            {
                ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["text"] = text,
                ["ts"] = "1700000000.000001", ["channel"] = "D" + user, ["event_ts"] = "1700000000.000001",
            },
        }.ToJsonString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }
}
