using ChatCoach.Channels.Teams.Tests.Fakes;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task An_activity_redelivered_after_a_restart_is_not_handled_again()
    {
        await using var platform = await FakeBotPlatform.StartAsync();
        var durable = new InboxRecords();
        var activity = Payloads.Load("message-personal", platform.ServiceUrl);

        await using (var before = await TeamsTestHost.StartAsync(platform, records: durable))
        {
            await before.PostAsync(activity);
            await before.Inbox.NextHandledAsync();
            Assert.Single(before.Coach.Asked);
        }
        await using var after = await TeamsTestHost.StartAsync(platform, records: durable);
        var response = await after.PostAsync(activity);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(after.Coach.Asked);
        Assert.False(after.Inbox.TryTakeHandled(out _));
    }
}
