using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// The readiness survey through the real host and the fake Slack: started by a mention in a channel,
/// taken with the announcement's button, interviewed in a DM, answered with a button and by typing.
/// </summary>
public sealed class ReadinessEndToEndTests
{
    private static bool PostedTo(SlackCall call, string channel) => call.Method == "chat.postMessage" && call.Body["channel"]?.ToString() == channel;

    [Fact]
    public async Task Take_the_survey_from_the_channel_and_answer_it_in_the_DM()
    {
        await using var bot = await SlackBot.StartAsync();

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> start the readiness survey"));
        var announcement = (await bot.Slack.WaitForAsync(calls => calls.Any(c => PostedTo(c, "C0SCORE")))).Single(c => PostedTo(c, "C0SCORE"));
        var take = announcement.Body["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]![0]!;
        Assert.Equal("Take the survey", take["text"]!["text"]!.ToString());

        await bot.PostFormAsync(SlackPayloads.BlockAction(take["action_id"]!.ToString(), take["value"]!.ToString()));
        var calls = await bot.Slack.WaitForAsync(all => all.Any(c => PostedTo(c, "DUDANA")) && all.Count(c => PostedTo(c, "C0SCORE")) == 2);
        var question = calls.Single(c => PostedTo(c, "DUDANA"));
        Assert.Contains("Question 1 of 16", question.Body["blocks"]!.ToJsonString());
        Assert.Contains(calls, c => c.Method == "conversations.open" && c.Body["users"]?.ToString() == "UDANA");
        Assert.Contains("sent you the first question in a direct message", calls.Where(c => PostedTo(c, "C0SCORE")).Last().Body["text"]!.ToString());

        var leader = question.Body["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]![0]!;
        await bot.PostFormAsync(DirectBlockAction(leader["action_id"]!.ToString(), leader["value"]!.ToString()));
        await bot.Slack.WaitForAsync(all => all.Count(c => PostedTo(c, "D0DANA")) == 1);
        await bot.PostJsonAsync(SlackPayloads.DirectMessage("mostly", eventId: "EvR2", ts: "1700000100.000100"));
        var replies = await bot.Slack.WaitForAsync(all => all.Count(c => PostedTo(c, "D0DANA")) == 2);

        var inDm = replies.Where(c => PostedTo(c, "D0DANA")).Select(c => c.Body["blocks"]!.ToJsonString(Readable)).ToList();
        Assert.Contains("Question 2 of 16", inDm[0]);
        Assert.Contains("I read “mostly” as 4 — Agree.", inDm[1]);
    }

    [Fact]
    public async Task An_open_anonymous_survey_posts_no_scores_to_the_channel_after_one_person_finished()
    {
        await using var bot = await SlackBot.StartAsync();
        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> start the readiness survey anonymously"));
        await bot.Slack.WaitForAsync(calls => calls.Any(c => PostedTo(c, "C0SCORE")));
        await bot.PostJsonAsync(SlackPayloads.DirectMessage("take the readiness survey", eventId: "EvD00", ts: "1700000100.000000"));
        await bot.Slack.WaitForAsync(all => all.Count(c => PostedTo(c, "D0DANA")) == 1);
        // The role, fourteen scale questions and the stage, every one answered "1": Dana's scores are all 20%.
        for (var i = 1; i <= 16; i++)
        {
            await bot.PostJsonAsync(SlackPayloads.DirectMessage("1", eventId: $"EvD{i:D2}", ts: $"1700000{100 + i}.000000"));
            await bot.Slack.WaitForAsync(all => all.Count(c => PostedTo(c, "D0DANA")) == i + 1);
        }

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> readiness results", eventId: "Ev0009", ts: "1700000200.000100", user: "UEVE"));
        var calls = await bot.Slack.WaitForAsync(all => all.Count(c => PostedTo(c, "C0SCORE")) == 2);

        var dm = calls.Where(c => PostedTo(c, "D0DANA")).Last().Body.ToJsonString(Readable);
        Assert.Contains("Here is your own result", dm);
        var results = calls.Where(c => PostedTo(c, "C0SCORE")).Last().Body.ToJsonString(Readable);
        Assert.Contains("only once it closes", results);
        Assert.DoesNotContain("%", results);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A button clicked in the DM the bot opened (channel D0DANA, as Slack sends it).</summary>
    private static string DirectBlockAction(string actionId, string value) =>
        SlackPayloads.BlockAction(actionId, value).Replace("C0SCORE", "D0DANA", StringComparison.Ordinal);
}
