using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// The weekly nudge end to end: the real host with Slack pointed at the fake, the clock moved to
/// Monday 9:00 in the owner's zone (Europe/Berlin, from users.info), the DM observed at the fake,
/// and the owner's bare-number answer recorded.
/// </summary>
public sealed class NudgeEndToEndTests
{
    [Fact]
    public async Task On_monday_at_nine_the_owner_is_nudged_in_a_dm_and_a_bare_number_answer_is_recorded()
    {
        // Monday 23 November 2026, 08:50 in Berlin: October's values are due and cost per opp is missing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 50, 0, TimeSpan.Zero));
        await using var bot = await SlackBot.StartAsync(services => services.AddSingleton<TimeProvider>(clock));
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> make <@UDANA> the owner of cost per opp", user: "UADMIN"), at: clock.GetUtcNow());
        await bot.Slack.WaitForCallAsync("chat.postMessage");

        for (var minute = 0; minute < 12; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var nudge = (await bot.Slack.WaitForAsync(calls => calls.Any(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == "DUDANA")))
            .Single(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == "DUDANA");
        Assert.Contains("Cost per qualified opportunity", nudge.Body["blocks"]!.ToJsonString());
        Assert.Contains(bot.Slack.Calls, c => c.Method == "conversations.open" && c.Body["users"]?.ToString() == "UDANA");

        await bot.PostJsonAsync(SlackPayloads.DirectMessage("412", eventId: "EvNUDGE", ts: "1700000900.000100"), at: clock.GetUtcNow());
        var answers = await WaitWhileAdvancingAsync(bot, clock, calls => calls.Any(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == "D0DANA"));

        var confirmation = answers.Last(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == "D0DANA");
        Assert.Matches(@"Recorded \$412 (for )?[Cc]ost per qualified opportunity for October 2026", confirmation.Body["text"]!.ToString());
        Assert.Single(bot.Slack.Calls, c => c.Method == "conversations.open");
    }

    /// <summary>Per-channel pacing waits on the (fake) clock, so it is moved on while waiting.</summary>
    internal static async Task<IReadOnlyList<SlackCall>> WaitWhileAdvancingAsync(SlackBot bot, FakeTimeProvider clock, Func<IReadOnlyList<SlackCall>, bool> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                return await bot.Slack.WaitForAsync(condition, TimeSpan.FromMilliseconds(100));
            }
            catch (TimeoutException)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        }
        throw new TimeoutException("No answer arrived.");
    }
}
