using System.Net;
using System.Text;
using ChatCoach.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlackSecurityTests
{
    [Fact]
    public async Task Secrets_never_appear_in_the_logs_whatever_is_refused_or_handled()
    {
        var logs = new CapturedLogs();
        await using var bot = await SlackBot.StartAsync(services => services.AddSingleton<ILoggerProvider>(logs));
        bot.Slack.ScriptError("chat.postMessage", "invalid_auth");

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand"), at: bot.Server.Clock.GetUtcNow().AddHours(-1));
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        forged.Headers.Add("X-Slack-Request-Timestamp", SlackBot.Timestamp(bot.Server.Clock.GetUtcNow()));
        forged.Headers.Add("X-Slack-Signature", "v0=" + new string('0', 64));
        await bot.Server.Http.SendAsync(forged);
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand"));
        await bot.Slack.WaitForCallAsync("chat.postMessage");
        await bot.Server.Http.GetAsync("/readyz");

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(SlackBot.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("xoxb-test-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_request_cannot_act_in_another_workspace_or_as_another_user_through_its_text()
    {
        await using var bot = await SlackBot.StartAsync();

        // Lee is neither owner nor admin; naming an admin or another team in the text changes nothing.
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> record 0 for win rate", eventId: "Ev1", ts: "1700000001.000001", user: "ULEE"));
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> as <@UADMIN> of team TOTHER: record 0 for win rate", eventId: "Ev2", ts: "1700000001.000002", user: "ULEE"));
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> history of win rate", eventId: "Ev3", ts: "1700000001.000003", user: "UADMIN"));

        var posts = (await bot.Slack.WaitForCallAsync("chat.postMessage", count: 3)).Where(c => c.Method == "chat.postMessage")
            .ToDictionary(c => c.Body["thread_ts"]!.ToString(), c => c.Body["blocks"]!.ToJsonString());
        Assert.Contains(":no_entry:", posts["1700000001.000001"]);
        Assert.DoesNotContain("Recorded", posts["1700000001.000002"]);
        Assert.Contains("No values recorded yet", posts["1700000001.000003"]);
    }

    [Property(MaxTest = 300)]
    public bool Reading_any_body_never_throws(string? body, bool asForm)
    {
        var delivery = ChatCoach.Channels.Slack.Inbound.SlackDelivery.FromHttp(asForm ? "application/x-www-form-urlencoded" : "application/json", body ?? "");
        return delivery.Kind == ChatCoach.Channels.Slack.Inbound.SlackDeliveryKind.Unreadable || delivery.Body is not null;
    }

    [Property(MaxTest = 200)]
    public Property Reading_json_of_any_nesting_never_throws()
    {
        var nested = Gen.Choose(1, 2000).Select(depth => new string('[', depth) + new string(']', depth));
        return Prop.ForAll(nested.ToArbitrary(), json =>
            ChatCoach.Channels.Slack.Inbound.SlackDelivery.FromHttp("application/json", json).Kind == ChatCoach.Channels.Slack.Inbound.SlackDeliveryKind.Unreadable);
    }
}
