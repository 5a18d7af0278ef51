using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlackEventsEndpointTests : IAsyncLifetime
{
    private SlackBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Answers_the_url_verification_handshake()
    {
        var response = await _bot.PostJsonAsync("""{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.ToString());
    }

    [Fact]
    public async Task A_mention_is_answered_in_its_thread_with_the_standing()
    {
        var response = await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        Assert.Equal("C0SCORE", post.Body["channel"]!.ToString());
        Assert.Equal("1700000001.000100", post.Body["thread_ts"]!.ToString());
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        var blocks = post.Body["blocks"]!.AsArray();
        Assert.Contains(blocks, b => b!["type"]!.ToString() == "header" && b["text"]!["text"]!.ToString().StartsWith("Where we stand", StringComparison.Ordinal));
        Assert.Contains("Cost per qualified opportunity", blocks.ToJsonString());
    }

    [Fact]
    public async Task A_redelivered_event_is_answered_once()
    {
        var body = SlackPayloads.Mention("<@UBOT> where do we stand", eventId: "Ev0RETRY");

        var first = await _bot.PostJsonAsync(body);
        var retry = await _bot.PostJsonAsync(body, retryNum: "1");
        await _bot.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1, _bot.InboxRows());
        Assert.Single(_bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_mention_delivered_as_app_mention_and_as_message_is_answered_once()
    {
        await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> what's missing", eventId: "Ev0A", ts: "1700000005.000100"));
        await _bot.PostJsonAsync(SlackPayloads.ChannelMessage("<@UBOT> what's missing", eventId: "Ev0B", ts: "1700000005.000100"));
        await _bot.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal(1, _bot.InboxRows());
        Assert.Single(_bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_dm_and_bot_messages_are_ignored()
    {
        await _bot.PostJsonAsync(SlackPayloads.DirectMessage("where do we stand", eventId: "Ev0BOT", ts: "1700000003.000100", user: "UOTHERBOT", botId: "BOTHER"));
        await _bot.PostJsonAsync(SlackPayloads.DirectMessage("who owns what", eventId: "Ev0OWN", ts: "1700000004.000100", user: FakeSlackApi.BotUserId));
        await _bot.PostJsonAsync(SlackPayloads.DirectMessage("who owns what", eventId: "Ev0DM", ts: "1700000006.000100"));

        var post = (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        Assert.Equal("D0DANA", post.Body["channel"]!.ToString());
        Assert.Null(post.Body["thread_ts"]);
        Assert.Contains("no owner", post.Body["blocks"]!.ToJsonString());
        Assert.Equal(3, _bot.InboxRows());
    }

    [Fact]
    public async Task The_slash_command_acks_at_once_and_answers_through_the_response_url()
    {
        var response = await _bot.PostFormAsync(SlackPayloads.SlashCommand("where do we stand", _bot.Slack.BaseUrl + "response/1"));

        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", ack["response_type"]!.ToString());
        var answer = (await _bot.Slack.WaitForCallAsync("response_url")).Single(c => c.Method == "response_url");
        Assert.Equal("ephemeral", answer.Body["response_type"]!.ToString());
        Assert.Contains("Where we stand", answer.Body["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task A_button_click_sends_its_utterance_through_the_conversation()
    {
        await _bot.PostFormAsync(SlackPayloads.BlockAction("chatcoach.choice.0", "who owns what"));

        var post = (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        Assert.Equal("C0SCORE", post.Body["channel"]!.ToString());
        Assert.Equal("1700000001.000100", post.Body["thread_ts"]!.ToString());
        Assert.Contains("no owner", post.Body["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task The_value_button_opens_a_modal_whose_submission_records_the_value()
    {
        await _bot.PostFormAsync(SlackPayloads.BlockAction("chatcoach.input", CostForm(), user: "UADMIN"));
        var open = (await _bot.Slack.WaitForCallAsync("views.open")).Single(c => c.Method == "views.open");
        var metadata = open.Body["view"]!["private_metadata"]!.ToString();

        var submitted = await _bot.PostFormAsync(SlackPayloads.ViewSubmission(metadata, "$412", user: "UADMIN"));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("", await submitted.Content.ReadAsStringAsync());
        var post = (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        Assert.Matches(@"Recorded \$412 (for )?[Cc]ost per qualified opportunity for October 2026", post.Body["text"]!.ToString());
    }

    [Fact]
    public async Task A_form_answered_by_someone_who_may_not_write_that_value_is_refused_and_nothing_is_recorded()
    {
        // The form's action names the row; the access filter, not the form, decides who may write it.
        await _bot.PostFormAsync(SlackPayloads.BlockAction("chatcoach.input", CostForm(), user: "UDANA"));
        var open = (await _bot.Slack.WaitForCallAsync("views.open")).Single(c => c.Method == "views.open");

        await _bot.PostFormAsync(SlackPayloads.ViewSubmission(open.Body["view"]!["private_metadata"]!.ToString(), "$412", user: "UDANA"));

        var post = (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        Assert.Contains("only an admin can record it", post.Body["text"]!.ToString());
        Assert.DoesNotContain("Recorded", post.Body["text"]!.ToString());
    }

    [Fact]
    public async Task A_button_that_acts_runs_its_typed_action_and_a_stale_one_says_so()
    {
        var undo = new ChatAction("nudges", "undo", new Dictionary<string, string> { ["indicator"] = "cost-per-qualified-opp", ["period"] = "2026-10", ["revision"] = "1" });
        await _bot.PostFormAsync(SlackPayloads.BlockAction("chatcoach.action.0", undo.ToWire(), user: "UADMIN"));
        var first = (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");

        await _bot.PostFormAsync(SlackPayloads.BlockAction("chatcoach.action.0", new ChatAction("retired-feature", "go", new Dictionary<string, string>()).ToWire(), user: "UADMIN"));
        var posts = await _bot.Slack.WaitForCallAsync("chat.postMessage", count: 2);

        // Nothing was recorded, so revision 1 is not the latest: the nudge feature answered, not the planner.
        Assert.Contains("October 2026 has changed since", first.Body["text"]!.ToString());
        Assert.Contains(ChatCoach.Conversation.Coach.StaleActionText, posts.Where(c => c.Method == "chat.postMessage").Last().Body["text"]!.ToString());
    }

    private static string CostForm() => JsonSerializer.Serialize(new InputValue("cost-per-qualified-opp", "Cost per qualified opportunity", "2026-10",
        ChatCoach.Nudges.Conversation.NudgeActions.Record("cost-per-qualified-opp", Period.Parse("2026-10")).ToWire()));

    [Fact]
    public async Task Opening_the_home_tab_publishes_the_standing()
    {
        await _bot.PostJsonAsync(SlackPayloads.HomeOpened());

        var publish = (await _bot.Slack.WaitForCallAsync("views.publish")).Single(c => c.Method == "views.publish");
        Assert.Equal("UDANA", publish.Body["user_id"]!.ToString());
        Assert.Equal("home", publish.Body["view"]!["type"]!.ToString());
        Assert.Contains("Where we stand", publish.Body["view"]!["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task Unknown_events_and_shapes_are_acknowledged_and_ignored()
    {
        var unknownEvent = await _bot.PostJsonAsync(SlackPayloads.Callback("Ev0UNK", new JsonObject { ["type"] = "reaction_added", ["user"] = "UDANA" }));
        var unknownShape = await _bot.PostFormAsync("hello=world");
        var notJson = await _bot.PostJsonAsync("{not json");

        Assert.Equal(HttpStatusCode.OK, unknownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownShape.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notJson.StatusCode);
        Assert.DoesNotContain(_bot.Slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task Bad_signatures_stale_requests_and_missing_headers_are_refused_and_nothing_is_stored()
    {
        var body = SlackPayloads.Mention("<@UBOT> record 0 for win rate");
        var stale = await _bot.PostJsonAsync(body, at: _bot.Server.Clock.GetUtcNow().AddMinutes(-6));
        var future = await _bot.PostJsonAsync(body, at: _bot.Server.Clock.GetUtcNow().AddMinutes(6));
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var missing = await _bot.Server.Http.SendAsync(unsigned);
        using var tampered = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body.Replace("win rate", "cost per opp", StringComparison.Ordinal), Encoding.UTF8, "application/json") };
        var timestamp = SlackBot.Timestamp(_bot.Server.Clock.GetUtcNow());
        tampered.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        tampered.Headers.Add("X-Slack-Signature", ChatCoach.Channels.Slack.Inbound.SlackSignature.Compute(SlackBot.Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        var forged = await _bot.Server.Http.SendAsync(tampered);

        Assert.All(new[] { stale, future, missing, forged }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(0, _bot.InboxRows());
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_unread()
    {
        var response = await _bot.PostJsonAsync(SlackPayloads.Mention(new string('x', 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.InboxRows());
    }
}
