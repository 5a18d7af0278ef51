using System.Net;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests.Install;

/// <summary>The install surface under attack or bad luck: each case a clear page or log line, never a 500, never a token in a log.</summary>
public sealed class InstallSecurityTests
{
    private static readonly FakeWorkspace Alpha = new("TALPHA", "Alpha", "UBOTA", "xoxb-alpha-secret-0001");

    [Fact]
    public async Task A_forged_state_is_refused_before_slack_is_asked_for_a_token()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        await bot.StartInstallAsync();

        var page = await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), "forged-state-value");

        await AssertRefusedAsync(page, HttpStatusCode.BadRequest, "expired, was already used");
        Assert.Empty(bot.Slack.CallsTo("oauth.v2.access"));
        Assert.Null(await bot.InstallationAsync("TALPHA"));
    }

    [Fact]
    public async Task A_replayed_state_is_refused_the_second_time()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        var state = await bot.StartInstallAsync();
        Assert.Equal(HttpStatusCode.OK, (await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), state)).StatusCode);

        var replay = await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), state);

        await AssertRefusedAsync(replay, HttpStatusCode.BadRequest, "This install");
        Assert.Single(bot.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task A_missing_state_or_code_gets_a_page_saying_where_installs_start()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        await bot.StartInstallAsync();

        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), state: null), HttpStatusCode.BadRequest, "only finishes an install");
        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(code: null, state: await bot.StartInstallAsync()), HttpStatusCode.BadRequest, "only finishes an install");
        Assert.Empty(bot.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task A_state_handed_to_one_browser_does_not_work_in_another()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        var victimsState = await bot.StartInstallAsync();
        using var attacker = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = bot.Server.Http.BaseAddress };

        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), victimsState, attacker), HttpStatusCode.BadRequest, "different browser");
        await bot.StartInstallAsync(attacker);
        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), victimsState, attacker), HttpStatusCode.BadRequest, "belongs to another browser");

        Assert.Empty(bot.Slack.CallsTo("oauth.v2.access"));
        Assert.Equal(HttpStatusCode.OK, (await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), victimsState)).StatusCode);
    }

    [Fact]
    public async Task A_state_expires_after_ten_minutes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite, services => services.AddSingleton<TimeProvider>(clock));
        var state = await bot.StartInstallAsync();

        clock.Advance(TimeSpan.FromMinutes(11));

        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), state), HttpStatusCode.BadRequest, "expired");
    }

    [Fact]
    public async Task A_code_issued_to_another_app_is_refused_by_slack_and_nothing_is_stored()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        var state = await bot.StartInstallAsync();

        var page = await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha, clientId: "9999.someone-else"), state);

        await AssertRefusedAsync(page, HttpStatusCode.BadRequest, "invalid_code");
        var exchange = Assert.Single(bot.Slack.CallsTo("oauth.v2.access"));
        Assert.StartsWith("Basic ", exchange.Authorization, StringComparison.Ordinal);
        Assert.Null(exchange.Body["client_secret"]);
        Assert.Null(await bot.InstallationAsync("TALPHA"));
    }

    [Fact]
    public async Task An_install_slack_refuses_or_the_person_cancels_gets_a_clear_page()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite, extraSettings: "--ChatCoach:Slack:ClientSecret=not-the-real-secret");

        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(bot.Slack.ApproveInstall(Alpha), await bot.StartInstallAsync()), HttpStatusCode.BadRequest, "bad_client_secret");
        await AssertRefusedAsync(await bot.ReturnFromSlackAsync(null, await bot.StartInstallAsync(), error: "access_denied"), HttpStatusCode.BadRequest, "not approved in Slack (access_denied)");
        bot.Slack.Script("oauth.v2.access", context =>
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return Task.CompletedTask;
        });
        await AssertRefusedAsync(await bot.ReturnFromSlackAsync("any-code", await bot.StartInstallAsync()), HttpStatusCode.ServiceUnavailable, "could not be reached");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Slack install not completed: SlackRefused bad_client_secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_revoked_mid_send_is_a_log_line_and_no_token_ever_reaches_the_logs()
    {
        await using var bot = await DistributedSlackBot.StartAsync(TestDatabases.Sqlite);
        var state = await bot.StartInstallAsync();
        var code = bot.Slack.ApproveInstall(Alpha);
        await bot.ReturnFromSlackAsync(code, state);
        await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTA> where do we stand", eventId: "Ev1", ts: "1700000001.000001", team: "TALPHA"));
        await bot.Slack.WaitForCallAsync("chat.postMessage");

        bot.Slack.Revoke(Alpha.Token);
        var accepted = await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTA> where do we stand", eventId: "Ev2", ts: "1700000001.000002", team: "TALPHA"));
        await bot.WaitForInboxDrainedAsync();

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("refused the bot token of workspace TALPHA", StringComparison.Ordinal) && l.Contains("token_revoked", StringComparison.Ordinal));
        Assert.Equal(0, await bot.Scalar("SELECT COUNT(*) FROM inbox WHERE status IN ('failed', 'dead')"));
        string[] secrets = [Alpha.Token, bot.Slack.ClientSecret, DistributedSlackBot.KeyRingSecret, SlackBot.Secret, code, state];
        Assert.Equal([], bot.Logs.Lines.Where(line => secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal))).ToArray());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage page, HttpStatusCode status, string says)
    {
        Assert.Equal(status, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("ChatCoach was not installed", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(says), html);
    }
}
