using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>The Slack halves of "shown, never obeyed": the renderer's escaping out, the entity decoding in.</summary>
public sealed class EscapingTests
{
    [Fact]
    public void The_top_level_text_is_escaped_like_the_blocks()
    {
        var message = BlockKitRenderer.Render(Reply.Text("Recorded 5 for <!channel> and <https://evil.example|click here> & co"));

        Assert.Equal("Recorded 5 for &lt;!channel&gt; and &lt;https://evil.example|click here&gt; &amp; co", message.Text);
    }

    [Fact]
    public void A_mention_the_reply_carries_stays_live_but_an_id_of_the_wrong_shape_does_not()
    {
        var paragraph = new Paragraph([new Mention(new UserRef("slack:UDANA")), new TextRun(" and "), new Mention(new UserRef("slack:U1|<!channel"))]);

        Assert.Equal("<@UDANA> and @U1|&lt;!channel", Mrkdwn.Of(paragraph));
    }

    [Fact]
    public void Control_characters_and_direction_overrides_never_reach_slack()
    {
        var message = BlockKitRenderer.Render(Reply.Of(new HistoryTable(
            new Indicator("k", "Win\u202Erate", Unit.Percent, BetterWhen.Higher, "lag"), [])));

        Assert.Equal("History of Winrate", message.Blocks[0]!["text"]!["text"]!.ToString());
    }

    [Theory]
    [InlineData("record 5 for R&amp;D spend", "record 5 for R&D spend")]
    [InlineData("is &lt;@U123&gt; &amp;lt; 5?", "is <@U123> &lt; 5?")]
    [InlineData("<@UBOT> who owns <#C1|leads> and <!subteam^S1|@leads>?", "who owns #leads and @leads?")]
    [InlineData("<@UBOT> tell <@UDANA|dana> about <https://example.com/a?b=1&amp;c=2|the deck> and <https://example.com>", "tell <@slack:UDANA> about the deck and https://example.com")]
    [InlineData("ping <!channel> and <!here>", "ping @channel and @here")]
    [InlineData("mail <mailto:a@b.example|a@b.example>", "mail a@b.example")]
    public void Slack_text_is_read_as_it_was_typed(string wire, string typed) =>
        Assert.Equal(typed, SlackText.Read(wire, "UBOT"));
}
