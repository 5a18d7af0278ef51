using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Host.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// An event whose answer could not be delivered within the retry window is parked: /readyz shows
/// how many and since when without failing, `inbox parked` lists it, and `inbox redrive` hands it
/// back to the running server, which answers it (issue 27, row 1).
/// </summary>
public sealed class ParkedEventsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Arrived = Now - TimeSpan.FromHours(25);
    private const string Thread = "1700000001.000100";
    private const string DeliveryId = "message:C0SCORE:" + Thread;

    private static async Task<(SlackBot Bot, FakeTimeProvider Clock)> StartWithParkedRowAsync()
    {
        var clock = new FakeTimeProvider(Now);
        var bot = await SlackBot.StartAsync(services => services.AddSingleton<TimeProvider>(clock));
        var payload = $"{{\"kind\":\"Event\",\"body\":{SlackPayloads.Mention("<@UBOT> where do we stand", eventId: "EvPARKED", ts: Thread)}}}";
        bot.Execute(
            """
            INSERT INTO inbox (source, delivery_id, payload, received_at, status, attempts, last_error)
            VALUES ('slack', @id, @payload, @received, 'dead', 143, 'SlackApiException: chat.postMessage answered 503')
            """,
            ("@id", DeliveryId), ("@payload", payload), ("@received", Arrived.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)));
        return (bot, clock);
    }

    private static async Task<(int Exit, string Output, string Error)> InboxAsync(SlackBot bot, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // Through the host's own command line, as an operator types it.
        var exit = await HostCommandLine.RunAsync(["inbox", .. args, "--db", bot.DatabaseFile],
            new HostConsole(TextReader.Null, output, error, Interactive: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Status(SlackBot bot) =>
        bot.Scalar($"SELECT COUNT(*) FROM inbox WHERE delivery_id = '{DeliveryId}' AND status = 'pending'") == 1 ? "pending"
        : bot.Scalar($"SELECT COUNT(*) FROM inbox WHERE delivery_id = '{DeliveryId}' AND status = 'done'") == 1 ? "done" : "other";

    [Fact]
    public async Task Readiness_shows_parked_events_and_their_age_without_failing()
    {
        var (bot, _) = await StartWithParkedRowAsync();
        await using var _bot = bot;

        var response = await bot.Server.Http.GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body["status"]!.ToString());
        Assert.Equal(1, body["checks"]!["inbox"]!["data"]!["parked"]!.GetValue<int>());
        Assert.Equal(Arrived, DateTimeOffset.Parse(body["checks"]!["inbox"]!["data"]!["oldestParkedArrivedAt"]!.ToString(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_parked_event_is_listed_and_once_handed_back_is_answered_by_the_running_server()
    {
        var (bot, clock) = await StartWithParkedRowAsync();
        await using var _bot = bot;

        var listed = await InboxAsync(bot, "parked");
        var redriven = await InboxAsync(bot, "redrive", "--id", "slack:" + DeliveryId);
        var statusAfterRedrive = Status(bot);
        var calls = await OutageTests.AdvanceUntilAsync(bot, clock, calls => calls.Any(c => c.Method == "chat.postMessage"));
        var listedAfter = await InboxAsync(bot, "parked");

        Assert.Equal(0, listed.Exit);
        Assert.Contains($"slack:{DeliveryId}", listed.Output);
        Assert.Contains("143 attempts", listed.Output);
        Assert.Contains("chat.postMessage answered 503", listed.Output);
        Assert.Equal((0, "pending"), (redriven.Exit, statusAfterRedrive));
        var answer = Assert.Single(calls, c => c.Method == "chat.postMessage");
        Assert.Equal(Thread, answer.Body["thread_ts"]!.ToString());
        for (var step = 0; step < 200 && Status(bot) != "done"; step++)
        {
            await Task.Delay(20);
        }
        Assert.Equal("done", Status(bot));
        Assert.Contains("No parked events", listedAfter.Output);
    }

    [Theory]
    [InlineData("redrive")]
    [InlineData("redrive --all --id slack:Ev1")]
    [InlineData("redrive --id no-source")]
    [InlineData("bury")]
    public async Task A_redrive_without_exactly_one_well_formed_target_or_an_unknown_action_is_refused_and_changes_nothing(string args)
    {
        var (bot, _) = await StartWithParkedRowAsync();
        await using var _bot = bot;

        var (exit, _, error) = await InboxAsync(bot, args.Split(' '));

        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
        Assert.Equal(1, bot.Scalar("SELECT COUNT(*) FROM inbox WHERE status = 'dead'"));
    }

    [Fact]
    public async Task Handing_back_an_event_that_is_not_parked_says_so()
    {
        var (bot, _) = await StartWithParkedRowAsync();
        await using var _bot = bot;

        var (exit, _, error) = await InboxAsync(bot, "redrive", "--id", "teams:" + DeliveryId);

        Assert.Equal(1, exit);
        Assert.Contains("No parked event", error);
        Assert.Equal(1, bot.Scalar("SELECT COUNT(*) FROM inbox WHERE status = 'dead'"));
    }
}
