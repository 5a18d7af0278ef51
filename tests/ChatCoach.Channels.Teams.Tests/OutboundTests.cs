using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class OutboundTests : TeamsHostTests
{
    private static readonly WorkspaceId Tenant = new("teams:7a1b2c3d-0000-4000-8000-00000000a001");
    private static readonly UserRef Dana = new("teams:d0d0d0d0-1111-4222-8333-444444444444");


    private IProactiveChannel Proactive => Host.App.Services.GetServices<IProactiveChannel>().Single(c => c.Channel == "teams");

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_then_succeeds()
    {
        Platform.Script(429, "{\"error\":{\"code\":\"TooManyRequests\"}}", retryAfter: "0");

        await Host.PostAsync(Host.Activity("message-personal"));
        var throttled = await Platform.NextCallAsync();
        var retried = await Platform.NextCallAsync();
        await Host.Inbox.NextHandledAsync();

        Assert.Equal(throttled.Path, retried.Path);
        Assert.Equal(2, Platform.Calls.Count);
    }

    [Fact]
    public async Task The_bots_token_is_never_sent_to_a_service_url_it_did_not_learn_from_an_authenticated_activity()
    {
        await using var stranger = await FakeBotPlatform.StartAsync();
        var connector = Host.App.Services.GetRequiredService<ConnectorClient>();

        var result = await connector.SendToConversationAsync(stranger.ServiceUrl, "19:any", new Activity { Type = "message", Text = "hi" }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(stranger.Calls);
        Assert.Equal(0, Platform.TokenRequests);
    }

    [Fact]
    public async Task The_bots_token_is_fetched_once_and_reused()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        await Proactive.SendToConversationAsync(Tenant, "a:1personalConversationWithDana", Reply.Text("Nudge"), CancellationToken.None);

        Assert.Equal(2, Platform.Calls.Count);
        Assert.Equal(1, Platform.TokenRequests);
    }

    [Fact]
    public async Task A_direct_message_to_someone_seen_only_in_a_channel_creates_the_one_to_one_chat_then_sends()
    {
        await SeedFromChannelMessageAsync();

        var result = await Proactive.SendDirectAsync(Tenant, Dana, Reply.Text("Your win rate for October is missing."), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var calls = Platform.Calls.Skip(1).ToList();
        Assert.Equal(2, calls.Count);
        var create = calls[0].Json!;
        Assert.Equal("/teams/v3/conversations", calls[0].Path);
        Assert.Equal("7a1b2c3d-0000-4000-8000-00000000a001", create["tenantId"]!.GetValue<string>());
        Assert.Equal("7a1b2c3d-0000-4000-8000-00000000a001", create["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1DanaTeamsUserIdxyz", create["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("28:11111111-2222-4333-8444-555555555555", create["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("/teams/v3/conversations/a:newPersonalConversation/activities", calls[1].Path);
        Assert.Equal("Your win rate for October is missing.", calls[1].Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_created_one_to_one_chat_is_remembered_and_reused()
    {
        await SeedFromChannelMessageAsync();

        await Proactive.SendDirectAsync(Tenant, Dana, Reply.Text("First"), CancellationToken.None);
        await Proactive.SendDirectAsync(Tenant, Dana, Reply.Text("Second"), CancellationToken.None);

        Assert.Single(Platform.Calls, c => c.Path == "/teams/v3/conversations");
    }

    [Theory]
    [InlineData(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\"}}")]
    [InlineData(404, "{\"error\":{\"code\":\"ConversationNotFound\"}}")]
    [InlineData(413, "{\"error\":{\"code\":\"MessageSizeTooBig\"}}")]
    public async Task A_permanent_refusal_marks_the_reference_unusable_without_retrying(int status, string body)
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        Platform.Script(status, body);

        var result = await Proactive.SendToConversationAsync(Tenant, "a:1personalConversationWithDana", Reply.Text("Nudge"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(2, Platform.Calls.Count);
        var address = Host.Addresses.Addresses.Values.Single(a => a.Key == "conversation:a:1personalConversationWithDana");
        Assert.False(address.Usable);
        var again = await Proactive.SendToConversationAsync(Tenant, "a:1personalConversationWithDana", Reply.Text("Nudge"), CancellationToken.None);
        Assert.Equal(DeliveryOutcome.PermanentFailure, again.Outcome);
        Assert.Equal(2, Platform.Calls.Count);
    }

    [Fact]
    public async Task A_direct_message_refused_with_403_marks_the_users_reference_unusable()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        Platform.Script(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\"}}");

        var result = await Proactive.SendDirectAsync(Tenant, Dana, Reply.Text("Nudge"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.PermanentFailure, result.Outcome);
        Assert.False(Host.Addresses.Addresses.Values.Single(a => a.Key == "user:d0d0d0d0-1111-4222-8333-444444444444").Usable);
    }

    [Fact]
    public async Task Paged_members_are_read_with_the_continuation_token()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        Platform.Roster.AddRange([new JsonObject { ["id"] = "29:1" }, new JsonObject { ["id"] = "29:2" }, new JsonObject { ["id"] = "29:3" }]);
        var connector = Host.App.Services.GetRequiredService<ConnectorClient>();

        var first = ActivityJson.TryRead<PagedMembersResult>((await connector.GetPagedMembersAsync(Platform.ServiceUrl, "19:team", null, CancellationToken.None)).Body)!;
        var second = ActivityJson.TryRead<PagedMembersResult>((await connector.GetPagedMembersAsync(Platform.ServiceUrl, "19:team", first.ContinuationToken, CancellationToken.None)).Body)!;

        Assert.Equal(2, first.Members!.Count);
        Assert.Equal("29:3", Assert.Single(second.Members!).Id);
        Assert.Null(second.ContinuationToken);
    }

    private async Task SeedFromChannelMessageAsync()
    {
        var message = Host.Activity("message-channel-mention");
        message["text"] = "<at>ChatCoach</at> where do we stand";
        message["entities"]!.AsArray().RemoveAt(1);
        await Host.PostAsync(message);
        await Host.Inbox.NextHandledAsync();
    }
}
