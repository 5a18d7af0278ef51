using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class InvokeAndInstallTests : TeamsHostTests
{
    [Fact]
    public async Task An_action_execute_invoke_is_answered_in_the_response_with_the_updated_card()
    {
        Host.Coach.Answer = (_, _) => Reply.Text("We stand fine.", Tone.Success);

        var response = await Host.PostAsync(Host.Activity("invoke-adaptivecard-action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Equal("We stand fine.", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("where do we stand", Assert.Single(Host.Coach.Asked).Text);
    }

    [Fact]
    public async Task A_redelivered_invoke_does_the_work_once()
    {
        var invoke = Host.Activity("invoke-adaptivecard-action");

        await Host.PostAsync(invoke);
        var again = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(Host.Coach.Asked);
        await Host.Inbox.NextHandledAsync();
        Assert.Empty(Platform.Calls);
    }

    [Fact]
    public async Task An_input_request_round_trips_through_action_execute()
    {
        var invoke = Host.Activity("invoke-adaptivecard-action");
        var submit = new ChatAction("nudges", "record", new Dictionary<string, string> { ["indicator"] = "spend-traceable", ["period"] = "2026-10" }, Input: "value");
        invoke["value"]!["action"]!["verb"] = "form";
        invoke["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "form", ["action"] = submit.ToWire(), ["value"] = "72.5" };

        var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("72.5", Assert.Single(Host.Coach.Pressed).Action.Argument("value"));
    }

    [Fact]
    public async Task A_forged_action_on_a_card_is_answered_as_a_stale_button_and_reaches_no_feature()
    {
        var invoke = Host.Activity("invoke-adaptivecard-action");
        invoke["value"]!["action"]!["verb"] = "action";
        invoke["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "action", ["action"] = "{\"f\":\"\",\"v\":\"record\"}" };

        var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not one of mine", await response.Content.ReadAsStringAsync());
        Assert.Empty(Host.Coach.Pressed);
        Assert.Empty(Host.Coach.Asked);
    }

    [Fact]
    public async Task Installing_in_a_team_stores_the_reference_and_greets_once_in_that_conversation()
    {
        var install = Host.Activity("conversationUpdate-team-install");
        var installation = Host.Activity("conversationUpdate-team-install");
        installation["type"] = "installationUpdate";
        installation["action"] = "add";
        installation["id"] = "f:installation-add-1";

        await Host.PostAsync(install);
        await Host.Inbox.NextHandledAsync();
        await Host.PostAsync(installation);
        await Host.Inbox.NextHandledAsync();

        var greeting = Assert.Single(Platform.Calls);
        Assert.Equal("POST", greeting.Method);
        Assert.Equal("/teams/v3/conversations/19:marketingLeadershipTeam@thread.tacv2/activities", greeting.Path);
        Assert.Contains(Host.Addresses.Addresses.Keys, k => k.Key == "conversation:19:marketingLeadershipTeam@thread.tacv2");
        Assert.Empty(Host.Coach.Asked);
    }

    [Fact]
    public async Task Other_members_joining_a_team_are_not_greeted()
    {
        var memberJoined = Host.Activity("conversationUpdate-team-install");
        memberJoined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:1NewColleague" });

        await Host.PostAsync(memberJoined);
        await Host.Inbox.NextHandledAsync();

        Assert.Empty(Platform.Calls);
    }
}
