using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>"chart of cost per opp" through the real host: answered in the thread, the PNG uploaded into it.</summary>
public sealed class ChartDeliveryTests
{
    private const string MentionTs = "1700000100.000100";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static async Task<(SlackBot Bot, FakeTimeProvider Clock)> StartWithValueAsync()
    {
        var clock = new FakeTimeProvider(Now);
        var bot = await SlackBot.StartAsync(services => services.AddSingleton<TimeProvider>(clock));
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> record 412 for cost per opp for October 2026", eventId: "EvREC", ts: "1700000050.000100", user: "UADMIN"), at: clock.GetUtcNow());
        await bot.Slack.WaitForCallAsync("chat.postMessage");
        return (bot, clock);
    }

    [Fact]
    public async Task A_chart_request_in_a_channel_uploads_the_png_into_the_answers_thread()
    {
        var (bot, clock) = await StartWithValueAsync();
        await using var _ = bot;

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> chart of cost per opp", eventId: "EvCHART", ts: MentionTs), at: clock.GetUtcNow());
        var calls = await NudgeEndToEndTests.WaitWhileAdvancingAsync(bot, clock, c => c.Any(x => x.Method == "files.completeUploadExternal"));

        var answer = calls.Last(c => c.Method == "chat.postMessage");
        Assert.Equal(MentionTs, answer.Body["thread_ts"]!.ToString());
        Assert.Contains("latest $412 (Oct 2026)", answer.Body["text"]!.ToString());
        var ticket = calls.Single(c => c.Method == "files.getUploadURLExternal").Body;
        Assert.Contains("Oct 2026 $412", ticket["alt_txt"]!.ToString());
        var complete = calls.Single(c => c.Method == "files.completeUploadExternal").Body;
        Assert.Equal(("C0SCORE", MentionTs), (complete["channel_id"]!.ToString(), complete["thread_ts"]!.ToString()));
        using var png = SKBitmap.Decode(bot.Slack.Uploads[complete["files"]![0]!["id"]!.ToString()].Bytes);
        Assert.Equal((800, 420), (png.Width, png.Height));
        Assert.DoesNotContain(calls, c => c.Method == "files.upload");
    }

    [Fact]
    public async Task A_refused_upload_is_answered_with_the_chart_in_words_in_the_thread()
    {
        var (bot, clock) = await StartWithValueAsync();
        await using var _ = bot;
        bot.Slack.ScriptError("files.completeUploadExternal", "not_in_channel");

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> trend of cost per opp", eventId: "EvCHART2", ts: MentionTs), at: clock.GetUtcNow());
        var calls = await NudgeEndToEndTests.WaitWhileAdvancingAsync(bot, clock,
            c => c.Any(x => x.Method == "chat.postMessage" && x.Body["text"]!.ToString().Contains("couldn't attach", StringComparison.Ordinal)));

        var fallback = calls.Last(c => c.Method == "chat.postMessage");
        Assert.Equal(MentionTs, fallback.Body["thread_ts"]!.ToString());
        Assert.Contains("Oct 2026 $412", fallback.Body["text"]!.ToString());
    }
}
