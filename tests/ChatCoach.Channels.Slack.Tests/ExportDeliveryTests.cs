using System.Text;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>"export the scoreboard" through the real host: the CSV uploaded into the conversation with the external-upload flow.</summary>
public sealed class ExportDeliveryTests
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
    public async Task Exporting_in_a_channel_uploads_the_csv_into_the_answers_thread()
    {
        var (bot, clock) = await StartWithValueAsync();
        await using var _ = bot;

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> export the scoreboard", eventId: "EvEXPORT", ts: MentionTs, user: "UADMIN"), at: clock.GetUtcNow());
        var calls = await NudgeEndToEndTests.WaitWhileAdvancingAsync(bot, clock, c => c.Any(x => x.Method == "files.completeUploadExternal"));

        var answer = calls.Last(c => c.Method == "chat.postMessage");
        Assert.Contains("Here is the scoreboard export: 1 value revision", answer.Body["text"]!.ToString(), StringComparison.Ordinal);
        var ticket = calls.Single(c => c.Method == "files.getUploadURLExternal").Body;
        Assert.Equal("scoreboard-slack-TACME-20261123-100000.csv", ticket["filename"]!.ToString());
        var complete = calls.Single(c => c.Method == "files.completeUploadExternal").Body;
        Assert.Equal(("C0SCORE", MentionTs), (complete["channel_id"]!.ToString(), complete["thread_ts"]!.ToString()));
        var (bytes, contentType) = bot.Slack.Uploads[complete["files"]![0]!["id"]!.ToString()];
        Assert.Equal("text/csv", contentType);
        Assert.Contains("slack:TACME,cost-per-qualified-opp,Cost per qualified opportunity,currency,2026-10,1,value,412,slack:UADMIN,", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_upload_is_answered_with_a_sentence_naming_the_missing_permission_and_the_host_command()
    {
        var (bot, clock) = await StartWithValueAsync();
        await using var _ = bot;
        bot.Slack.ScriptError("files.getUploadURLExternal", "missing_scope");

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> export the scoreboard", eventId: "EvEXPORT2", ts: MentionTs, user: "UADMIN"), at: clock.GetUtcNow());
        var calls = await NudgeEndToEndTests.WaitWhileAdvancingAsync(bot, clock,
            c => c.Any(x => x.Method == "chat.postMessage" && x.Body["text"]!.ToString().Contains("couldn't attach", StringComparison.Ordinal)));

        var fallback = calls.Last(c => c.Method == "chat.postMessage");
        Assert.Equal(MentionTs, fallback.Body["thread_ts"]!.ToString());
        var text = fallback.Body["text"]!.ToString();
        Assert.Contains("files:write", text, StringComparison.Ordinal);
        Assert.Contains("export --workspace slack:TACME --output scoreboard.csv", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_coach_command_in_a_channel_uploads_nothing_and_says_where_to_get_the_file()
    {
        var (bot, clock) = await StartWithValueAsync();
        await using var _ = bot;

        await bot.PostFormAsync(SlackPayloads.SlashCommand("export the scoreboard", bot.Slack.BaseUrl + "response/9", user: "UADMIN"));
        var calls = await NudgeEndToEndTests.WaitWhileAdvancingAsync(bot, clock, c => c.Any(x => x.Method == "response_url"));

        var text = calls.Single(c => c.Method == "response_url").Body.ToJsonString();
        Assert.Contains("write to me directly to get scoreboard-slack-TACME-", text, StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.Method.StartsWith("files.", StringComparison.Ordinal));
    }
}
