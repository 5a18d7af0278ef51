using System.Collections.Concurrent;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// Slack's chat.postMessage down for a while (503, then 429 with Retry-After) through the real host:
/// every acknowledged event is answered once Slack is back, the answer says it is late, and a write
/// asked for during the outage is stored once (issue 27, rows 1 and 2).
/// </summary>
public sealed class OutageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A fake Slack whose chat.postMessage fails until the (fake) clock passes <paramref name="until"/>.</summary>
    internal static void ScriptOutage(FakeSlackApi slack, TimeProvider clock, DateTimeOffset until, ConcurrentDictionary<string, int> refusedPerThread)
    {
        var answered = 0L;
        for (var i = 0; i < 2000; i++)
        {
            slack.Script("chat.postMessage", async context =>
            {
                var body = (System.Text.Json.Nodes.JsonObject)context.Items[FakeSlackApi.BodyItem]!;
                if (clock.GetUtcNow() < until)
                {
                    refusedPerThread.AddOrUpdate(body["thread_ts"]?.ToString() ?? "", 1, (_, n) => n + 1);
                    var rateLimited = Interlocked.Increment(ref answered) % 2 == 0;
                    context.Response.StatusCode = rateLimited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
                    context.Response.Headers.RetryAfter = "20";
                    return;
                }
                await context.Response.WriteAsJsonAsync(slack.Posted(body, $"1800000000.{Interlocked.Increment(ref answered):D6}"));
            });
        }
    }

    /// <summary>Moves the fake clock on in 5-second steps whenever nothing happens for a moment, until the condition holds (bounded).</summary>
    internal static async Task<IReadOnlyList<SlackCall>> AdvanceUntilAsync(SlackBot bot, FakeTimeProvider clock, Func<IReadOnlyList<SlackCall>, bool> condition)
    {
        for (var step = 0; step < 3000; step++)
        {
            try
            {
                return await bot.Slack.WaitForAsync(condition, TimeSpan.FromMilliseconds(20));
            }
            catch (TimeoutException)
            {
                clock.Advance(TimeSpan.FromSeconds(5));
            }
        }
        throw new TimeoutException($"Not answered by {clock.GetUtcNow():O}; calls: {string.Join(", ", bot.Slack.Calls.GroupBy(c => c.Method).Select(g => $"{g.Key} x{g.Count()}"))}; "
            + $"inbox not done: {bot.Scalar("SELECT COUNT(*) FROM inbox WHERE status <> 'done'")}, attempts {bot.Scalar("SELECT COALESCE(SUM(attempts), 0) FROM inbox")}.");
    }

    [Fact]
    public async Task Events_acknowledged_during_a_Slack_outage_are_answered_once_when_it_ends_and_a_write_is_stored_once()
    {
        var clock = new FakeTimeProvider(Now);
        var refused = new ConcurrentDictionary<string, int>();
        await using var bot = await SlackBot.StartAsync(services => services.AddSingleton<TimeProvider>(clock),
            slack => ScriptOutage(slack, clock, Now + TimeSpan.FromMinutes(5), refused));
        string[] threads = ["1700000001.000100", "1700000002.000100", "1700000003.000100"];

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> record 777 for cost per opp for 2026-09", eventId: "EvREC", ts: threads[0], user: "UADMIN", channel: "C0ONE"), at: clock.GetUtcNow());
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand", eventId: "EvSTAND", ts: threads[1], channel: "C0TWO"), at: clock.GetUtcNow());
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> what is missing", eventId: "EvMISSING", ts: threads[2], channel: "C0THREE"), at: clock.GetUtcNow());
        // The turns run in real time (the first one warms the planner up): the clock moves only once each reply met the outage
        // (in its own channel each, as Slack paces posts per channel).
        // The refusal is counted by the fake's handler after the call is recorded, so poll for it (bounded) rather
        // than wait on the calls: no further call arrives until the clock moves.
        for (var poll = 0; poll < 1500 && !threads.All(refused.ContainsKey); poll++)
        {
            await Task.Delay(20);
        }
        Assert.True(threads.All(refused.ContainsKey), $"refused so far: {string.Join(", ", refused.Keys)}");
        var calls = await AdvanceUntilAsync(bot, clock, calls => threads.All(t => Answered(calls, refused, t) >= 1));

        Assert.All(threads, t => Assert.True(refused.GetValueOrDefault(t) > 5, $"thread {t} was refused only {refused.GetValueOrDefault(t)} times"));
        Assert.All(threads, t => Assert.Equal(1, Answered(calls, refused, t)));
        Assert.Equal(1, bot.Scalar("SELECT COUNT(*) FROM indicator_values WHERE indicator_key LIKE 'cost%' AND period = '2026-09'"));
        var recorded = calls.Last(c => c.Method == "chat.postMessage" && c.Body["thread_ts"]?.ToString() == threads[0]).Body["text"]!.ToString();
        Assert.Contains("Sorry this took", recorded);
        Assert.Contains("777", recorded);
        // The done mark follows the post Slack accepted: wait for it (bounded) rather than race it.
        for (var step = 0; step < 250 && bot.Scalar("SELECT COUNT(*) FROM inbox WHERE status <> 'done'") > 0; step++)
        {
            await Task.Delay(20);
        }
        Assert.Equal(0, bot.Scalar("SELECT COUNT(*) FROM inbox WHERE status <> 'done'"));
    }

    /// <summary>Posts into the thread that Slack accepted (every call minus the ones refused during the outage).</summary>
    internal static int Answered(IReadOnlyList<SlackCall> calls, ConcurrentDictionary<string, int> refused, string thread) =>
        calls.Count(c => c.Method == "chat.postMessage" && c.Body["thread_ts"]?.ToString() == thread) - refused.GetValueOrDefault(thread);
}
