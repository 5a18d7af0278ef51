using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// What people type reaches Slack again as text, never as a broadcast, a mention or a link — in the
/// message's top-level text as in its blocks — and what Slack entity-encoded comes in as typed.
/// The real host against the fake Slack, as Slack sends and reads these.
/// </summary>
public sealed class EscapingEndToEndTests : IAsyncLifetime
{
    private SlackBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_broadcast_in_a_mention_comes_back_as_words()
    {
        await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> record 5 for <!channel>", user: "UADMIN"));

        var post = await OnlyPostAsync();
        Assert.Empty(LiveMarkup.InSlack(Text(post), "UADMIN"));
        Assert.Empty(LiveMarkup.InSlack(Blocks(post), "UADMIN"));
    }

    [Theory]
    [InlineData("&lt;!everyone&gt; read this", "<!everyone> read this")] // typed as characters: Slack encodes them
    [InlineData("<!everyone> read this", "@everyone read this")]          // a real @everyone: Slack sends the sequence
    public async Task An_owners_note_never_notifies_anyone_when_it_is_shown_again(string wire, string shown)
    {
        await _bot.PostJsonAsync(SlackPayloads.Mention($"<@UBOT> not available for cost per opp because {wire}", eventId: "EvNA", ts: "1700000001.000100", user: "UADMIN"));
        await _bot.Slack.WaitForCallAsync("chat.postMessage");

        await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> history of cost per opp", eventId: "EvHIST", ts: "1700000002.000100"));
        var posts = await _bot.Slack.WaitForCallAsync("chat.postMessage", 2);

        var history = posts.Where(c => c.Method == "chat.postMessage").Last();
        var everything = Text(history) + Blocks(history);
        Assert.Empty(LiveMarkup.InSlack(everything, "UADMIN", "UDANA"));
        Assert.Contains(Escaped(shown), everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ampersand_typed_in_a_name_is_stored_and_shown_as_one()
    {
        await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> add an indicator called R&amp;D spend measured in dollars, lower is better", user: "UADMIN"));
        var added = await OnlyPostAsync();

        Assert.Contains("R&amp;D spend", Text(added), StringComparison.Ordinal);
        Assert.DoesNotContain("amp;amp;", Text(added) + Blocks(added), StringComparison.Ordinal);
        await _bot.PostFormAsync(SlackPayloads.SlashCommand("who owns what", _bot.Slack.BaseUrl + "response/1"));
        var owners = (await _bot.Slack.WaitForCallAsync("response_url")).Single(c => c.Method == "response_url");
        Assert.Contains("*R&amp;D spend*", Blocks(owners), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_made_with_slacks_link_tool_is_read_as_its_words()
    {
        await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> add an indicator called <https://evil.example|click here> measured in count, higher is better", user: "UADMIN"));

        var post = await OnlyPostAsync();
        Assert.Empty(LiveMarkup.InSlack(Text(post) + Blocks(post), "UADMIN"));
        Assert.DoesNotContain("evil.example", Text(post) + Blocks(post), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slash_command_reads_entities_as_the_characters_typed()
    {
        await _bot.PostFormAsync(SlackPayloads.SlashCommand("add an indicator called Q&amp;A &lt;calls&gt; measured in count, higher is better", _bot.Slack.BaseUrl + "response/1", user: "UADMIN"));

        var answer = (await _bot.Slack.WaitForCallAsync("response_url")).Single(c => c.Method == "response_url");
        Assert.Contains("Q&amp;A &lt;calls&gt;", Text(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("amp;amp;", Text(answer) + Blocks(answer), StringComparison.Ordinal);
    }

    private async Task<SlackCall> OnlyPostAsync() =>
        (await _bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");

    private static string Text(SlackCall call) => call.Body["text"]!.ToString();

    private static string Blocks(SlackCall call) => string.Join("\n", LiveMarkup.Texts(call.Body["blocks"], "mrkdwn"));

    private static string Escaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
