using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>Typed mentions, links and markdown reach Teams as the characters typed, in text and in cards.</summary>
public sealed class EscapingTests
{
    private static readonly UserRef Dana = new("teams:d0d0d0d0-1111-4222-8333-444444444444");

    [Fact]
    public void A_typed_link_in_a_markdown_message_is_shown_not_followed()
    {
        var message = ReplyRenderer.Message(Reply.Text("Recorded 5 for [click here](https://evil.example)."), PeopleNames.None);

        Assert.Equal(@"Recorded 5 for \[click here\](https://evil.example).", message.Text);
    }

    [Fact]
    public void A_typed_mention_tag_in_a_markdown_message_is_shown_as_text()
    {
        var message = ReplyRenderer.Message(Reply.Text("not available because <at>Everyone</at> read this & more"), PeopleNames.None);

        Assert.Equal("not available because &lt;at&gt;Everyone&lt;/at&gt; read this &amp; more", message.Text);
    }

    [Fact]
    public void A_note_that_starts_a_list_or_heading_stays_a_line_of_text()
    {
        var message = ReplyRenderer.Message(Reply.Text("# Big news\n- item\n1. first\n-5% is fine"), PeopleNames.None);

        Assert.Equal("\\# Big news\n\\- item\n1\\. first\n-5% is fine", message.Text);
    }

    [Fact]
    public void An_indicator_named_like_markup_is_shown_as_its_name_in_a_card()
    {
        var indicator = new Indicator("evil", "*Win* [rate](https://evil.example) <at>Dana Reyes</at>", Unit.Percent, BetterWhen.Higher, "lag", Owner: Dana);

        var card = AdaptiveCardRenderer.Render(Reply.Of(new OwnerTable([indicator])), new PeopleNames(new Dictionary<string, string> { [Dana.Id] = "Dana_Reyes" }));

        var texts = TextBlocks(card).ToList();
        Assert.Contains(@"\*Win\* \[rate\](https://evil.example) \<at\>Dana Reyes\</at\>", texts);
        Assert.Contains(@"Dana\_Reyes", texts);
    }

    [Fact]
    public void A_persons_name_inside_a_card_mention_is_escaped_in_the_text_and_its_entity_alike()
    {
        var names = new PeopleNames(new Dictionary<string, string> { [Dana.Id] = "Dana *the* [boss]" });

        var card = AdaptiveCardRenderer.Render(Reply.Of(new Paragraph([new TextRun("Thanks "), new Mention(Dana)])), names);

        var mention = card["msteams"]!["entities"]![0]!;
        Assert.Equal(@"<at>Dana \*the\* \[boss\]</at>", mention["text"]!.ToString());
        Assert.Equal(@"Thanks <at>Dana \*the\* \[boss\]</at>", TextBlocks(card).Single());
    }

    private static IEnumerable<string> TextBlocks(JsonNode? node) => TestSupport.LiveMarkup.Texts(node, "TextBlock");
}
