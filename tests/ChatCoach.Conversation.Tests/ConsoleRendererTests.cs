using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Conversation.Tests;

public class ConsoleRendererTests
{
    [Fact]
    public void Marks_paragraphs_by_tone_and_writes_mentions_as_at_names()
    {
        var reply = Reply.Of(
            new Paragraph([new TextRun("Saved for "), new Mention(UserRef.Local("dana"))], Tone.Success),
            new Paragraph([new TextRun("No.")], Tone.Refusal));

        Assert.Equal("✓ Saved for @dana\n✗ No.", ConsoleRenderer.Render(reply).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Numbers_choices_so_a_digit_can_pick_one()
    {
        var reply = Reply.Of(new Choices("Pick:", [new Choice("A", "a"), new Choice("B", "b")]));

        Assert.Equal("Pick: [1] A  [2] B", ConsoleRenderer.Render(reply));
    }

    [Theory]
    [InlineData("make @dana the owner of win rate", "make <@local:dana> the owner of win rate")]
    [InlineData("mail dana@example.com", "mail dana@example.com")]
    public void Console_mentions_become_local_user_references(string line, string expected) =>
        Assert.Equal(expected, ConsoleMentions.ToNeutral(line));
}
