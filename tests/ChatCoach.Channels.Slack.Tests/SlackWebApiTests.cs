using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Conversation;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlackWebApiTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    private SlackWebApi Api(TimeProvider? clock = null) => new(_http,
        Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiUrl }), clock ?? TimeProvider.System, NullLogger<SlackWebApi>.Instance)
    {
        RateLimitFallback = TimeSpan.FromMilliseconds(20),
    };

    private static SlackMessage Message(string text) => BlockKit.BlockKitRenderer.Render(Reply.Text(text));

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_retried()
    {
        _slack.Script("chat.postMessage", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        });

        var ts = await Api().Chat.PostMessageAsync("C1", Message("hi"), null, CancellationToken.None);

        Assert.StartsWith("1800000000.", ts, StringComparison.Ordinal);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count());
    }

    [Fact]
    public async Task A_429_without_retry_after_waits_the_fallback_and_retries()
    {
        _slack.Script("conversations.open", context =>
        {
            context.Response.StatusCode = 429;
            return Task.CompletedTask;
        });

        var channel = await Api().Conversations.OpenAsync("UDANA", CancellationToken.None);

        Assert.Equal("DUDANA", channel);
        Assert.Equal(2, _slack.CallsTo("conversations.open").Count());
    }

    [Fact]
    public async Task Ok_false_surfaces_as_a_typed_error_with_slacks_code()
    {
        _slack.ScriptError("chat.postMessage", "channel_not_found");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Api().Chat.PostMessageAsync("C404", Message("hi"), null, CancellationToken.None));

        Assert.Equal("channel_not_found", error.Error);
        Assert.True(error.IsPermanent);
    }

    [Fact]
    public async Task Users_info_and_auth_test_are_cached()
    {
        var api = Api();

        var first = await api.Users.InfoAsync("UDANA", CancellationToken.None);
        await api.Users.InfoAsync("UDANA", CancellationToken.None);
        var me = await api.Auth.TestAsync(CancellationToken.None);
        await api.Auth.TestAsync(CancellationToken.None);

        Assert.Equal("Europe/Berlin", first.TimeZone);
        Assert.Equal(FakeSlackApi.BotUserId, me.UserId);
        Assert.Single(_slack.CallsTo("users.info"));
        Assert.Single(_slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task Messages_to_one_channel_are_paced_to_one_per_second_and_other_channels_do_not_wait()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var api = Api(clock);

        await api.Chat.PostMessageAsync("C1", Message("one"), null, CancellationToken.None);
        var second = api.Chat.PostMessageAsync("C1", Message("two"), null, CancellationToken.None);
        await api.Chat.PostMessageAsync("C2", Message("elsewhere"), null, CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count());
        clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, _slack.CallsTo("chat.postMessage").Count());
    }

    [Fact]
    public async Task Every_call_carries_the_bot_token_as_a_bearer()
    {
        await Api().Views.PublishAsync("UDANA", new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray() }, CancellationToken.None);

        Assert.Equal("Bearer xoxb-test", Assert.Single(_slack.CallsTo("views.publish")).Authorization);
    }

    [Fact]
    public async Task A_slack_members_zone_comes_from_users_info_and_others_are_unknown()
    {
        var zones = new SlackPersonTimeZones(Api());
        var workspace = new ChatCoach.Domain.People.WorkspaceId("slack:TACME");

        var dana = await zones.FindAsync(workspace, new ChatCoach.Domain.People.UserRef("slack:UDANA"), CancellationToken.None);
        var local = await zones.FindAsync(workspace, ChatCoach.Domain.People.UserRef.Local("lee"), CancellationToken.None);

        Assert.Equal("Europe/Berlin", dana!.Id);
        Assert.Null(local);
    }
}
