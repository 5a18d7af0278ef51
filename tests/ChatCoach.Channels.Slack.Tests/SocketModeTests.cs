using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.SocketMode;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SocketModeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static SlackSocketMode SocketMode(SlackBot bot) =>
        bot.Server.App.Services.GetServices<IHostedService>().OfType<SlackSocketMode>().Single();

    [Fact]
    public async Task Envelopes_are_acknowledged_by_id_answered_and_a_disconnect_reconnects()
    {
        var acks = new List<JsonObject?>();
        var keepOpen = new TaskCompletionSource();
        await using var bot = await SlackBot.StartAsync(prepare: slack =>
        {
            slack.SocketScripts.Enqueue(async socket =>
            {
                await FakeSlackApi.SendAsync(socket, new { type = "hello", num_connections = 1 });
                await FakeSlackApi.SendAsync(socket, new
                {
                    envelope_id = "env-1", type = "events_api", accepts_response_payload = false,
                    payload = JsonNode.Parse(SlackPayloads.Mention("<@UBOT> where do we stand", eventId: "EvSOCK", ts: "1700000100.000100")),
                });
                acks.Add(await FakeSlackApi.ReceiveAsync(socket, Patience));
                await FakeSlackApi.SendAsync(socket, new { type = "disconnect", reason = "refresh_requested" });
                await FakeSlackApi.ReceiveAsync(socket, Patience); // the client's close
            });
            slack.SocketScripts.Enqueue(async socket =>
            {
                await FakeSlackApi.SendAsync(socket, new { type = "hello", num_connections = 1 });
                await keepOpen.Task.WaitAsync(Patience).ContinueWith(_ => { }, TaskScheduler.Default);
            });
        }, extraSettings: "--ChatCoach:Slack:AppToken=xapp-1-test");

        var post = (await bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        await bot.Slack.WaitForCallAsync("socket.connect", count: 2);
        keepOpen.SetResult();

        Assert.Equal("env-1", Assert.Single(acks)!["envelope_id"]!.ToString());
        Assert.Equal("1700000100.000100", post.Body["thread_ts"]!.ToString());
        Assert.Equal("Bearer xapp-1-test", bot.Slack.CallsTo("apps.connections.open").First().Authorization);
    }

    [Fact]
    public async Task An_auth_error_stops_socket_mode_instead_of_retrying()
    {
        await using var bot = await SlackBot.StartAsync(prepare: slack => slack.ScriptError("apps.connections.open", "invalid_auth"),
            extraSettings: "--ChatCoach:Slack:AppToken=xapp-1-revoked");

        await SocketMode(bot).ExecuteTask!.WaitAsync(Patience);

        Assert.Equal(0, SocketMode(bot).Connections);
        Assert.Single(bot.Slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task A_dropped_connection_is_reopened()
    {
        await using var bot = await SlackBot.StartAsync(prepare: slack =>
        {
            // The first connection closes without a word; the second stays up.
            slack.SocketScripts.Enqueue(_ => Task.CompletedTask);
            slack.SocketScripts.Enqueue(socket => FakeSlackApi.ReceiveAsync(socket, Patience).ContinueWith(_ => { }, TaskScheduler.Default));
        }, extraSettings: "--ChatCoach:Slack:AppToken=xapp-1-test");

        await bot.Slack.WaitForCallAsync("socket.connect", count: 2);

        Assert.True(bot.Slack.CallsTo("apps.connections.open").Count() >= 2);
    }
}
