using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// Issue 27, row 8: admins belong to a workspace. In a Slack Connect channel the event's team is the
/// board's while user_team is the speaker's own; a modal's workspace is the one Slack signed, never
/// the one its private_metadata names. Each test drives the real host over signed HTTP.
/// </summary>
public sealed class TenancyTests
{
    private const string Beta = "TBETA";

    /// <summary>A mention in a channel of <paramref name="team"/>'s board by someone whose own workspace is <paramref name="userTeam"/>.</summary>
    private static string SharedChannelMention(string text, string ts, string user, string team, string? userTeam) =>
        SlackPayloads.Callback($"Ev{ts}", new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = "C0SHARED", ["event_ts"] = ts,
            ["user_team"] = userTeam, ["source_team"] = userTeam,
        }, team);

    /// <summary>One message, answered before the next is sent: each turn sees the one before it.</summary>
    private static async Task SayAsync(SlackBot bot, string body)
    {
        var answered = bot.Slack.CallsTo("chat.postMessage").Count();
        await bot.PostJsonAsync(body);
        await bot.Slack.WaitForCallAsync("chat.postMessage", answered + 1);
    }

    private static async Task<Dictionary<string, string>> RepliesAsync(SlackBot bot, int count) =>
        (await bot.Slack.WaitForCallAsync("chat.postMessage", count)).Where(c => c.Method == "chat.postMessage")
            .ToDictionary(c => c.Body["thread_ts"]?.ToString() ?? c.Body["channel"]!.ToString(), c => c.Body["text"]!.ToString());

    [Fact]
    public async Task An_admin_of_one_workspace_cannot_rename_another_workspaces_row_from_a_shared_channel()
    {
        await using var bot = await SlackBot.StartAsync();

        // UADMIN administers TACME; here they speak in TBETA's board through a channel shared with TACME.
        await SayAsync(bot, SharedChannelMention("<@UBOT> rename win rate to Hijacked", "1700000001.000001", "UADMIN", Beta, userTeam: FakeSlackApi.TeamId));
        await SayAsync(bot, SharedChannelMention("<@UBOT> who owns what", "1700000001.000002", "UDANA", Beta, userTeam: Beta));

        var replies = await RepliesAsync(bot, 2);
        Assert.Contains("another workspace", replies["1700000001.000001"], StringComparison.Ordinal);
        Assert.DoesNotContain("Hijacked", replies["1700000001.000002"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_admin_acting_from_their_own_workspace_in_a_shared_channel_still_can()
    {
        await using var bot = await SlackBot.StartAsync();

        await SayAsync(bot, SharedChannelMention("<@UBOT> rename win rate to Competitive win rate", "1700000001.000001", "UADMIN",
            FakeSlackApi.TeamId, userTeam: FakeSlackApi.TeamId));

        var replies = await RepliesAsync(bot, 1);
        Assert.Contains("Competitive win rate", replies["1700000001.000001"], StringComparison.Ordinal);
        Assert.DoesNotContain("another workspace", replies["1700000001.000001"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_modal_whose_metadata_names_another_team_writes_nothing_there_and_says_so()
    {
        await using var bot = await SlackBot.StartAsync();
        // Signed for TACME by TACME's admin; the metadata was altered to point at TBETA's board.
        var metadata = System.Text.Json.JsonSerializer.Serialize(new
        {
            Team = Beta, User = "UADMIN", Channel = "C0BETA", Thread = (string?)null,
            Submit = ChatCoach.Nudges.Conversation.NudgeActions.Record("cost-per-qualified-opp", Domain.Scoreboard.Period.Parse("2026-10")).ToWire(),
        });

        var submitted = await bot.PostFormAsync(SlackPayloads.ViewSubmission(metadata, "777", user: "UADMIN"));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        // Whatever the submission did is done (and answered) before the board it named is read.
        await bot.Slack.WaitForCallAsync("chat.postMessage");
        await SayAsync(bot, SharedChannelMention("<@UBOT> history of cost per qualified opp", "1700000001.000009", "UBEA", Beta, userTeam: Beta));

        var posts = (await bot.Slack.WaitForCallAsync("chat.postMessage", 2)).Where(c => c.Method == "chat.postMessage").ToList();
        var refusal = Assert.Single(posts, p => p.Body["channel"]!.ToString() == "UADMIN");
        Assert.Contains("another workspace", refusal.Body["text"]!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(posts, p => p.Body["channel"]!.ToString() == "C0BETA");
        var history = Assert.Single(posts, p => p.Body["thread_ts"]?.ToString() == "1700000001.000009");
        Assert.DoesNotContain("777", history.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("No values recorded yet", history.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_workspace_admins_administer_their_own_workspace_only()
    {
        await using var bot = await SlackBot.StartAsync(extraSettings:
        [
            $"--ChatCoach:Workspaces:0:Id=slack:{Beta}",
            "--ChatCoach:Workspaces:0:Admins:0=slack:UBEA",
        ]);

        await SayAsync(bot, SharedChannelMention("<@UBOT> rename win rate to Beta win rate", "1700000001.000001", "UBEA", Beta, userTeam: null));
        await SayAsync(bot, SharedChannelMention("<@UBOT> rename proof shipped to Beta proof", "1700000001.000002", "UADMIN", Beta, userTeam: null));
        await SayAsync(bot, SharedChannelMention("<@UBOT> rename win rate to Acme by Bea", "1700000001.000003", "UBEA", FakeSlackApi.TeamId, userTeam: null));
        await SayAsync(bot, SharedChannelMention("<@UBOT> rename win rate to Acme win rate", "1700000001.000004", "UADMIN", FakeSlackApi.TeamId, userTeam: null));

        var replies = await RepliesAsync(bot, 4);
        Assert.Contains("Beta win rate", replies["1700000001.000001"], StringComparison.Ordinal);
        // TBETA has its own list, so the single-workspace list no longer reaches it; TACME keeps it.
        Assert.Contains("Only an admin", replies["1700000001.000002"], StringComparison.Ordinal);
        Assert.Contains("Only an admin", replies["1700000001.000003"], StringComparison.Ordinal);
        Assert.Contains("Acme win rate", replies["1700000001.000004"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_single_workspace_form_still_makes_its_admins_admins()
    {
        await using var bot = await SlackBot.StartAsync();

        await SayAsync(bot, SlackPayloads.Mention("<@UBOT> rename win rate to Competitive win rate", eventId: "Ev1", ts: "1700000001.000001", user: "UADMIN"));
        await SayAsync(bot, SlackPayloads.Mention("<@UBOT> rename proof shipped to Dana's proof", eventId: "Ev2", ts: "1700000001.000002", user: "UDANA"));

        var replies = await RepliesAsync(bot, 2);
        Assert.Contains("Competitive win rate", replies["1700000001.000001"], StringComparison.Ordinal);
        Assert.Contains("Only an admin", replies["1700000001.000002"], StringComparison.Ordinal);
    }
}
