using System.Net;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests.Install;

/// <summary>The install flow end to end: two workspaces on one host, each answered with its own token.</summary>
public sealed class InstallToManyWorkspacesTests
{
    private static readonly FakeWorkspace Alpha = new("TALPHA", "Alpha & Co <Marketing>", "UBOTA", "xoxb-alpha-0001");
    private static readonly FakeWorkspace Beta = new("TBETA", "Beta Ltd", "UBOTB", "xoxb-beta-0002");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_installed_workspaces_are_each_answered_with_their_own_token_and_one_uninstall_leaves_the_other_working(string provider)
    {
        await using var bot = await DistributedSlackBot.StartAsync(provider);

        var alphaPage = await bot.InstallAsync(Alpha);
        var betaPage = await bot.InstallAsync(Beta);

        Assert.Equal(HttpStatusCode.OK, alphaPage.StatusCode);
        Assert.Contains("Alpha &amp; Co &lt;Marketing&gt;", await alphaPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, betaPage.StatusCode);
        Assert.Equal("UBOTA", (await bot.InstallationAsync("TALPHA"))!.BotUserId);

        await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTA> where do we stand", eventId: "EvA1", ts: "1700000001.000001", channel: "CALPHA", team: "TALPHA"));
        await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTB> where do we stand", eventId: "EvB1", ts: "1700000001.000002", channel: "CBETA", team: "TBETA"));
        var posts = (await bot.Slack.WaitForCallAsync("chat.postMessage", count: 2)).Where(c => c.Method == "chat.postMessage").ToList();

        Assert.Equal("Bearer xoxb-alpha-0001", Assert.Single(posts, p => p.Body["channel"]!.ToString() == "CALPHA").Authorization);
        Assert.Equal("Bearer xoxb-beta-0002", Assert.Single(posts, p => p.Body["channel"]!.ToString() == "CBETA").Authorization);

        await bot.PostEventAsync(SlackPayloads.Callback("EvA2", new() { ["type"] = "app_uninstalled" }, team: "TALPHA"));
        await bot.WaitForInboxDrainedAsync();
        var removed = await bot.InstallationAsync("TALPHA");
        Assert.False(removed!.Active);
        Assert.Equal("", removed.ProtectedToken);

        await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTA> where do we stand", eventId: "EvA3", ts: "1700000001.000003", channel: "CALPHA", team: "TALPHA"));
        await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTB> where do we stand", eventId: "EvB2", ts: "1700000001.000004", channel: "CBETA", team: "TBETA"));
        await bot.Slack.WaitForCallAsync("chat.postMessage", count: 3);
        await bot.WaitForInboxDrainedAsync();

        Assert.Equal(2, bot.Slack.CallsWithToken(Beta.Token).Count(c => c.Method == "chat.postMessage"));
        Assert.Single(bot.Slack.CallsWithToken(Alpha.Token), c => c.Method == "chat.postMessage");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("TALPHA", StringComparison.Ordinal) && l.Contains("app_uninstalled", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoking_the_bot_token_removes_the_installation_and_a_reinstall_brings_it_back(string provider)
    {
        await using var bot = await DistributedSlackBot.StartAsync(provider);
        await bot.InstallAsync(Alpha);

        await bot.PostEventAsync(SlackPayloads.Callback("EvR1", new() { ["type"] = "tokens_revoked", ["tokens"] = new System.Text.Json.Nodes.JsonObject
        {
            ["oauth"] = new System.Text.Json.Nodes.JsonArray(), ["bot"] = new System.Text.Json.Nodes.JsonArray("UBOTA"),
        } }, team: "TALPHA"));
        await bot.WaitForInboxDrainedAsync();
        Assert.Equal("tokens_revoked", (await bot.InstallationAsync("TALPHA"))!.RemovedReason);

        var again = await bot.InstallAsync(Alpha);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await bot.InstallationAsync("TALPHA"))!.Active);
        await bot.PostEventAsync(SlackPayloads.Mention("<@UBOTA> where do we stand", eventId: "EvR2", ts: "1700000002.000001", channel: "CALPHA", team: "TALPHA"));
        Assert.Contains(await bot.Slack.WaitForCallAsync("chat.postMessage"), c => c.Authorization == $"Bearer {Alpha.Token}");
    }
}
