using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// A host died while sending an answer (its row claimed, the reply kept and marked in flight, the
/// lease run out): the next host looks for the answer in the thread by its metadata and posts only
/// if Slack does not have it, and never runs the turn again (issue 27, row 3).
/// </summary>
public sealed class InFlightRecoveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private const string Thread = "1700000001.000100";
    private const string DeliveryId = "message:C0SCORE:" + Thread;
    private const string KeptText = "Recorded 777 for cost per opp for September 2026 (kept answer).";

    private static async Task<(SlackBot Bot, FakeTimeProvider Clock)> StartWithRowInFlightAsync(bool alreadyPosted)
    {
        var clock = new FakeTimeProvider(Now);
        var bot = await SlackBot.StartAsync(services => services.AddSingleton<TimeProvider>(clock));
        if (alreadyPosted)
        {
            bot.Slack.Posted(new JsonObject
            {
                ["channel"] = "C0SCORE", ["thread_ts"] = Thread, ["text"] = KeptText,
                ["metadata"] = new JsonObject { ["event_type"] = "chatcoach_answer", ["event_payload"] = new JsonObject { ["delivery_id"] = DeliveryId } },
            }, "1800000000.999999");
        }
        var payload = $"{{\"kind\":\"Event\",\"body\":{SlackPayloads.Mention("<@UBOT> record 777 for cost per opp for 2026-09", eventId: "EvDIED", ts: Thread, user: "UADMIN")}}}";
        var replies = JsonSerializer.Serialize(new[] { ReplyJson.Write(Reply.Text(KeptText)) });
        bot.Execute(
            """
            INSERT INTO inbox (source, delivery_id, payload, received_at, status, attempts, claimed_by, lease_until, replies, in_flight)
            VALUES ('slack', @id, @payload, @received, 'processing', 0, 'a-host-that-died', @lease, @replies, 1)
            """,
            ("@id", DeliveryId), ("@payload", payload), ("@received", Stamp(Now - TimeSpan.FromMinutes(3))), ("@lease", Stamp(Now - TimeSpan.FromSeconds(1))),
            ("@replies", replies));
        return (bot, clock);
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Moves the clock on (the sweep runs on it) until the row is done; bounded.</summary>
    private static async Task UntilDoneAsync(SlackBot bot, FakeTimeProvider clock)
    {
        for (var step = 0; step < 500 && bot.Scalar($"SELECT COUNT(*) FROM inbox WHERE delivery_id = '{DeliveryId}' AND status = 'done'") == 0; step++)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }
        Assert.Equal(1, bot.Scalar($"SELECT COUNT(*) FROM inbox WHERE delivery_id = '{DeliveryId}' AND status = 'done'"));
    }

    [Fact]
    public async Task An_answer_Slack_already_has_is_not_posted_again()
    {
        var (bot, clock) = await StartWithRowInFlightAsync(alreadyPosted: true);
        await using var _ = bot;

        await UntilDoneAsync(bot, clock);

        Assert.Empty(bot.Slack.CallsTo("chat.postMessage"));
        var look = Assert.Single(bot.Slack.CallsTo("conversations.replies")).Body;
        Assert.Equal(("C0SCORE", Thread), (look["channel"]!.ToString(), look["ts"]!.ToString()));
        Assert.Equal(0, bot.Scalar("SELECT COUNT(*) FROM indicator_values"));
    }

    [Fact]
    public async Task An_answer_Slack_does_not_have_is_posted_once_with_its_delivery_id_and_the_turn_is_not_run_again()
    {
        var (bot, clock) = await StartWithRowInFlightAsync(alreadyPosted: false);
        await using var _ = bot;

        await UntilDoneAsync(bot, clock);

        var post = Assert.Single(bot.Slack.CallsTo("chat.postMessage")).Body;
        Assert.Equal(Thread, post["thread_ts"]!.ToString());
        Assert.Contains("kept answer", post["text"]!.ToString());
        Assert.Equal(DeliveryId, post["metadata"]!["event_payload"]!["delivery_id"]!.ToString());
        Assert.Equal(0, bot.Scalar("SELECT COUNT(*) FROM indicator_values"));
    }
}
