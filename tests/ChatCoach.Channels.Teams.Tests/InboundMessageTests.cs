using ChatCoach.Channels.Teams.Outbound;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class InboundMessageTests : TeamsHostTests
{
    [Fact]
    public async Task A_personal_message_is_acknowledged_at_once_then_answered_in_its_conversation()
    {
        var activity = Host.Activity("message-personal");
        var watch = Stopwatch.StartNew();

        var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Teams redelivers after about 15 s without an answer; a loaded CI box still stays far below.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "acknowledged well under Teams' 15 s retry time");
        var call = await Platform.NextCallAsync();
        Assert.Equal("POST", call.Method);
        Assert.Equal("/teams/v3/conversations/a:1personalConversationWithDana/activities/1767765500000", call.Path);
        Assert.Equal($"Bearer {FakeBotPlatform.AccessToken}", call.Authorization);
        Assert.Equal("You said: where do we stand", call.Json!["text"]!.GetValue<string>());

        var (turn, text) = Assert.Single(Host.Coach.Asked);
        Assert.Equal("where do we stand", text);
        Assert.Equal("teams:d0d0d0d0-1111-4222-8333-444444444444", turn.Caller.Id);
        Assert.Equal("teams:7a1b2c3d-0000-4000-8000-00000000a001", turn.Workspace.Value);
        Assert.Equal("teams", turn.Channel);
        Assert.True(turn.IsDirect);
    }

    [Fact]
    public async Task A_channel_mention_drops_the_bots_mention_and_rewrites_other_people_by_their_aad_id()
    {
        Platform.Roster.Add(new JsonObject { ["id"] = "29:1SomeoneElse", ["aadObjectId"] = "aaaaaaaa-0000-4000-8000-000000000001" });
        Platform.Roster.Add(new JsonObject { ["id"] = "29:1AnotherOne", ["aadObjectId"] = "aaaaaaaa-0000-4000-8000-000000000002" });
        Platform.Roster.Add(new JsonObject { ["id"] = "29:1SamTeamsUserIdabc", ["aadObjectId"] = "5a5a5a5a-0000-4000-8000-000000000005", ["name"] = "Sam Ortiz" });

        await Host.PostAsync(Host.Activity("message-channel-mention"));
        await Host.Inbox.NextHandledAsync();

        var (turn, text) = Assert.Single(Host.Coach.Asked);
        Assert.Equal("who recorded win rate, <@teams:5a5a5a5a-0000-4000-8000-000000000005>?", text);
        Assert.False(turn.IsDirect);
        Assert.Equal("19:scoreboardChannel@thread.tacv2;messageid=1759881511856", turn.ConversationId);
        var roster = Platform.Calls.Where(c => c.Path.Contains("/pagedmembers", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, roster.Count);
        Assert.Contains("continuationToken=1", roster[1].Path, StringComparison.Ordinal);
        var reply = Platform.Calls.Last();
        Assert.Equal("POST", reply.Method);
        Assert.EndsWith("/activities/1759944781430", reply.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_refreshes_the_conversation_and_user_references()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();

        var keys = Host.Addresses.Addresses.Keys.Select(k => (k.Workspace, k.Key)).ToList();
        Assert.Contains(("teams:7a1b2c3d-0000-4000-8000-00000000a001", "conversation:a:1personalConversationWithDana"), keys);
        Assert.Contains(("teams:7a1b2c3d-0000-4000-8000-00000000a001", "user:d0d0d0d0-1111-4222-8333-444444444444"), keys);
        var user = Host.Addresses.Addresses.Values.Single(a => a.Key.StartsWith("user:", StringComparison.Ordinal));
        var payload = JsonNode.Parse(user.Payload)!;
        Assert.Equal(Platform.ServiceUrl, payload["serviceUrl"]!.GetValue<string>());
        Assert.Equal("Dana Reyes", payload["userName"]!.GetValue<string>());
        Assert.Equal("28:11111111-2222-4333-8444-555555555555", payload["botId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_reads_both_references_in_one_lookup_and_writes_them_only_when_they_changed()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        var (lookups, writes) = (Host.Addresses.Lookups, Host.Addresses.Writes);
        Host.Clock.Advance(RecentReferences.Fresh);
        var again = Host.Activity("message-personal");
        again["id"] = "1767765500099";

        await Host.PostAsync(again, Host.ValidToken());
        await Host.Inbox.NextHandledAsync();

        // The first contact wrote both references in one write; the next message, nothing new, reads once and writes none.
        Assert.Equal((1, 1), (lookups, writes));
        Assert.Equal((2, 1), (Host.Addresses.Lookups, Host.Addresses.Writes));
        Assert.Equal(2, Host.Addresses.Addresses.Count);
    }

    [Fact]
    public async Task A_message_within_a_minute_of_the_last_one_in_its_conversation_reads_no_references()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        var lookups = Host.Addresses.Lookups;
        var again = Host.Activity("message-personal");
        again["id"] = "1767765500098";

        await Host.PostAsync(again);
        await Host.Inbox.NextHandledAsync();

        Assert.Equal(lookups, Host.Addresses.Lookups);
        Assert.Equal(2, Host.Coach.Asked.Count);
    }

    [Fact]
    public async Task A_conversation_moved_to_another_service_url_is_written_even_within_the_minute()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        var moved = Host.Activity("message-personal");
        moved["id"] = "1767765500097";
        moved["serviceUrl"] = Platform.ServiceUrl.Replace("/teams/", "/teams-moved/", StringComparison.Ordinal);

        await Host.PostAsync(moved, Platform.Keys.Mint(Host.ValidClaims() with { ServiceUrl = moved["serviceUrl"]!.GetValue<string>() }));
        await Host.Inbox.NextHandledAsync();

        var conversation = Host.Addresses.Addresses.Values.Single(a => a.Key.StartsWith("conversation:", StringComparison.Ordinal));
        Assert.Contains("/teams-moved/", conversation.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_activity_is_acknowledged_but_handled_once()
    {
        var activity = Host.Activity("message-personal");

        var first = await Host.PostAsync(activity);
        var second = await Host.PostAsync(activity);
        await Host.Inbox.NextHandledAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(Host.Coach.Asked);
        Assert.False(Host.Inbox.TryTakeHandled(out _));
    }

    [Fact]
    public async Task A_card_form_submitted_runs_its_action_with_the_value_typed()
    {
        var activity = Host.Activity("message-personal");
        activity.Remove("text");
        activity["id"] = "1767765500077";
        var submit = new ChatAction("nudges", "record", new Dictionary<string, string> { ["indicator"] = "win-rate-non-price", ["period"] = "2026-10" }, Input: "value");
        activity["value"] = new JsonObject { ["verb"] = "form", ["action"] = submit.ToWire(), ["value"] = " 31 " };

        await Host.PostAsync(activity);
        await Host.Inbox.NextHandledAsync();

        Assert.Empty(Host.Coach.Asked);
        var pressed = Assert.Single(Host.Coach.Pressed).Action;
        Assert.Equal(("record", "win-rate-non-price", "2026-10", "31"), (pressed.Verb, pressed.Argument("indicator"), pressed.Argument("period"), pressed.Argument("value")));
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged_and_ignored()
    {
        var activity = Host.Activity("message-personal");
        activity["type"] = "somethingNew";

        var response = await Host.PostAsync(activity);
        await Host.Inbox.NextHandledAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Host.Coach.Asked);
        Assert.Empty(Platform.Calls);
    }

    [Fact]
    public async Task Bodies_that_are_not_activities_get_400_and_oversized_ones_413()
    {
        using var garbage = new StringContent("not json", System.Text.Encoding.UTF8, "application/json");
        using var huge = new StringContent(new string('x', 1024 * 1024 + 1), System.Text.Encoding.UTF8, "application/json");

        var bad = await Host.Client.PostAsync("/api/messages", garbage);
        var tooBig = await Host.Client.PostAsync("/api/messages", huge);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
    }

    [Fact]
    public async Task A_rich_reply_is_sent_as_an_adaptive_card()
    {
        Host.Coach.Answer = (_, _) => Reply.Of(new Choices("Pick one", [new Choice("Where do we stand", "where do we stand")]));

        await Host.PostAsync(Host.Activity("message-personal"));
        var call = await Platform.NextCallAsync();

        var attachment = call.Json!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", attachment["content"]!["version"]!.GetValue<string>());
    }
}
