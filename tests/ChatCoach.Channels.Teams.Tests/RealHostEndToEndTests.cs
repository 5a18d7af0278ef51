using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// Teams through the real host (ServeCommand: durable inbox on SQLite, the real coach, planner and
/// plugins) against the fake Bot Framework platform: a signed personal message in, the standing card
/// out at the fake connector with the bot's own token.
/// </summary>
public sealed class RealHostEndToEndTests
{
    [Fact]
    public async Task A_signed_personal_message_is_answered_with_the_standing_card_through_the_connector()
    {
        await using var host = await RealTeamsHost.StartAsync();

        var status = await host.PostAsync(host.Activity("message-personal", "1767765500000", "where do we stand"));
        var reply = await host.Platform.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("Bearer ", reply.Authorization, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Cost per qualified opportunity", reply.Body, StringComparison.Ordinal);
    }
}
