using ChatCoach.Domain.Conversation;

namespace ChatCoach.Domain.Tests.Conversation;

public sealed class ChatActionTests
{
    private static readonly ChatAction Record = new("nudges", "record",
        new Dictionary<string, string> { ["indicator"] = "win-rate-non-price", ["period"] = "2026-10" }, Input: "value");

    [Fact]
    public void An_action_survives_its_wire_form()
    {
        var back = ChatAction.FromWire(Record.ToWire())!;

        Assert.Equal(("nudges", "record", "value"), (back.Feature, back.Verb, back.Input));
        Assert.Equal(Record.Arguments, back.Arguments);
    }

    [Fact]
    public void Answering_fills_the_input_argument_and_leaves_the_action_complete()
    {
        var answered = Record.Answered("31%");

        Assert.Equal("31%", answered.Argument("value"));
        Assert.Null(answered.Input);
        Assert.Null(Record.Argument("value"));
        Assert.Same(answered, answered.Answered("99"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("record 31 for win rate")]
    [InlineData("{\"f\":\"nudges\"}")]
    [InlineData("{\"f\":\"\",\"v\":\"record\"}")]
    [InlineData("{\"f\":\"nudges\",\"v\":\"record\",\"a\":[1,2]}")]
    [InlineData("[\"nudges\",\"record\"]")]
    public void Anything_but_an_action_wire_form_is_no_action(string? wire) =>
        Assert.Null(ChatAction.FromWire(wire));

    [Fact]
    public void An_oversized_wire_form_is_no_action() =>
        Assert.Null(ChatAction.FromWire(new ChatAction("nudges", "record", new Dictionary<string, string> { ["value"] = new string('9', ChatAction.MaxWireLength) }).ToWire()));
}
