using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Channels.Slack.Tests;

public class BlockKitRendererTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Standing Board(int indicators)
    {
        var dana = new UserRef("slack:UDANA");
        var rows = Enumerable.Range(0, indicators).Select(i => new Indicator($"k{i}", $"Indicator number {i} with a long descriptive name", Unit.Currency, BetterWhen.Lower, "lag", Target: 400, Owner: dana, Position: i)).ToList();
        var values = rows.SelectMany(r => new[]
        {
            new RecordedValue(r.Key, Period.Parse("2026-10"), 1, ValueKind.Value, 412, dana, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "slack"),
            new RecordedValue(r.Key, Period.Parse("2026-09"), 1, ValueKind.Value, 455, dana, new DateTimeOffset(2026, 10, 3, 9, 0, 0, TimeSpan.Zero), "slack"),
        });
        return new StandingCalculator(new ReportingCalendar(5)).Compute(rows, values, Today);
    }

    private static JsonArray Blocks(Reply reply) => BlockKitRenderer.Render(reply).Blocks;

    /// <summary>The blocks as Slack reads them (without JSON's optional escaping of &lt; and &gt;).</summary>
    private static string Readable(JsonArray blocks) =>
        blocks.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Theory]
    [InlineData(6)]
    [InlineData(24)]
    [InlineData(40)]
    [InlineData(200)]
    public void Any_scoreboard_fits_block_kit_limits_and_shows_every_indicator(int indicators)
    {
        var reply = Reply.Of(new Paragraph([new TextRun("Where we stand")]), new StandingTable(Board(indicators)),
            new Choices("Next:", [new Choice("What's missing", "what's missing")]));

        var blocks = Blocks(reply);
        var json = blocks.ToJsonString();

        Assert.InRange(blocks.Count, 1, 50);
        Assert.All(blocks, b => Assert.True((b!["text"]?["text"]?.ToString().Length ?? 0) <= 3000));
        Assert.All(blocks, b => Assert.True((b!["fields"]?.AsArray().Count ?? 0) <= 10));
        for (var i = 0; i < indicators; i++)
        {
            Assert.Contains($"Indicator number {i} with", json, StringComparison.Ordinal);
        }
        Assert.Contains("actions", json, StringComparison.Ordinal);
    }

    [Fact]
    public void One_standing_rendered_for_many_messages_gives_each_its_own_blocks_with_the_same_content()
    {
        var standing = Board(6);

        var first = BlockKitRenderer.Render(Reply.Of(new StandingTable(standing)));
        var second = BlockKitRenderer.Render(Reply.Of(new StandingTable(standing)));

        Assert.Equal(first.Blocks.ToJsonString(), second.Blocks.ToJsonString());
        // Each message's blocks can be sent on their own, and read like any others.
        var sent = new[] { first.ToArguments("C1"), second.ToArguments("C2") };
        Assert.All(sent, a => Assert.Equal(first.Blocks.ToJsonString(), a["blocks"]!.ToJsonString()));
        Assert.Equal("header", second.Blocks[0]!["type"]!.GetValue<string>());
        Assert.Contains("Indicator number 5", second.Blocks.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_standing_with_less_room_beside_it_is_laid_out_again()
    {
        var standing = Board(24);

        var alone = Blocks(Reply.Of(new StandingTable(standing)));
        var withChoices = Blocks(Reply.Of(new StandingTable(standing), new Choices("Next:", [new Choice("What's missing", "what's missing")])));

        Assert.Equal(1 + 48, alone.Count);
        Assert.Equal(1 + 24 + 2, withChoices.Count);
        Assert.Equal("actions", withChoices[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_small_board_uses_fields_and_a_provenance_context_with_native_mentions()
    {
        var json = Readable(Blocks(Reply.Of(new StandingTable(Board(3)))));

        Assert.Contains("\"fields\"", json, StringComparison.Ordinal);
        Assert.Contains("recorded by <@UDANA> on Nov 3", json, StringComparison.Ordinal);
        Assert.Contains("$412 (Oct 2026)", json, StringComparison.Ordinal);
        Assert.Contains("↓ -$43 (better)", json, StringComparison.Ordinal);
        Assert.Contains("off target ($400)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_become_buttons_whose_value_is_the_utterance_within_button_limits()
    {
        var label = new string('L', 100);
        var blocks = Blocks(Reply.Of(new Choices("Pick", Enumerable.Range(0, 30).Select(i => new Choice(label, $"say {i}")).ToList())));

        var buttons = blocks.Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray();
        Assert.Equal(25, buttons.Count);
        Assert.All(buttons, b => Assert.True(b!["text"]!["text"]!.ToString().Length <= 75));
        Assert.Equal("say 0", buttons[0]!["value"]!.ToString());
    }

    [Fact]
    public void A_near_miss_suggestion_is_a_question_with_one_button_per_guess()
    {
        var reply = ChatCoach.Scoreboard.Conversation.Suggestions.For("win rate thingy for the board meeting", Domain.Scoreboard.DefaultScoreboard.Indicators);

        var blocks = Blocks(reply);

        Assert.Contains("Did you mean how win rate is doing?", blocks[0]!["text"]!["text"]!.ToString(), StringComparison.Ordinal);
        var buttons = blocks.Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray();
        Assert.Equal(["how is win-rate-non-price doing", "history of win-rate-non-price", "who owns win-rate-non-price"], buttons.Select(b => b!["value"]!.ToString()));
    }

    [Fact]
    public void Text_is_escaped_and_tones_are_marked()
    {
        var message = BlockKitRenderer.Render(Reply.Text("<script> & friends", Tone.Refusal));

        Assert.Equal(":no_entry: &lt;script&gt; &amp; friends", message.Blocks[0]!["text"]!["text"]!.ToString());
        // The fallback text is read as mrkdwn too (issue 27): escaped like the blocks, shown as typed.
        Assert.Equal("&lt;script&gt; &amp; friends", message.Text);
    }

    [Fact]
    public void An_input_request_is_a_button_that_carries_what_it_asks_for()
    {
        var submit = new ChatAction("nudges", "record", new Dictionary<string, string> { ["indicator"] = "cost-per-qualified-opp", ["period"] = "2026-10" }, Input: "value");
        var blocks = Blocks(Reply.Of(new InputRequest("What was October's cost per opportunity?", "cost-per-qualified-opp", "Cost per qualified opportunity", Period.Parse("2026-10"), Unit.Currency, submit)));

        var button = blocks.Single(b => b!["type"]!.ToString() == "actions")!["elements"]![0]!;
        Assert.Equal(BlockKitRenderer.InputAction, button["action_id"]!.ToString());
        var input = InputValue.Read(button["value"]!.ToString())!;
        Assert.Equal(("cost-per-qualified-opp", submit.ToWire()), (input.Key, input.Submit));
    }
}
