using System.Text.Json.Nodes;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlackMessageTests
{
    private static SlackMessage Message() => new("Where we stand", new JsonArray(new JsonObject { ["type"] = "section", ["text"] = "win rate 31%" }));

    [Fact]
    public void A_message_sent_again_or_copied_carries_the_same_blocks_each_time()
    {
        var message = Message();
        var copy = message with { Text = "Where we stand (again)" };

        var first = message.ToArguments("C1");
        var retry = message.ToArguments("C1");
        var copied = copy.ToArguments("C2");

        Assert.Same(message.Blocks, first["blocks"]);
        Assert.All([retry, copied], arguments =>
        {
            Assert.NotSame(message.Blocks, arguments["blocks"]);
            Assert.Equal(first["blocks"]!.ToJsonString(), arguments["blocks"]!.ToJsonString());
        });
    }
}
