using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Scoreboard.Tests;

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

    [Fact]
    public void Numbers_answers_only_and_shows_navigation_by_its_word()
    {
        var reply = Reply.Of(new Choices("Pick:", [new Choice("Leader", "1"), new Choice("IC", "2"), new Choice("Pause", "pause", Navigation: true)]));

        Assert.Equal("Pick: [1] Leader  [2] IC  [pause] Pause", ConsoleRenderer.Render(reply));
    }

    [Fact]
    public void A_near_miss_suggestion_shows_its_guesses_as_numbered_choices()
    {
        var reply = ChatCoach.Scoreboard.Conversation.Suggestions.For("win rate thingy for the board meeting", Domain.Scoreboard.DefaultScoreboard.Indicators);

        Assert.Equal("I'm not sure I followed. Did you mean how win rate is doing? [1] How win rate is doing  [2] History of win rate  [3] Who owns win rate",
            ConsoleRenderer.Render(reply));
    }

    [Theory]
    [InlineData("make @dana the owner of win rate", "make <@local:dana> the owner of win rate")]
    [InlineData("mail dana@example.com", "mail dana@example.com")]
    public void Console_mentions_become_local_user_references(string line, string expected) =>
        Assert.Equal(expected, ConsoleMentions.ToNeutral(line));
}
