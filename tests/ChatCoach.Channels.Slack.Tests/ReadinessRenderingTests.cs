using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class ReadinessRenderingTests
{
    private static readonly System.Text.Json.JsonSerializerOptions AsSlackReadsIt = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void A_question_is_a_section_with_the_scale_and_the_navigation_as_buttons_carrying_the_answers()
    {
        var blocks = BlockKitRenderer.Render(ReadinessSamples.Question()).Blocks;

        var actions = blocks.Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();
        Assert.Equal(["Strongly disagree", "Disagree", "Partly", "Agree", "Strongly agree", "Back", "Skip", "Pause"],
            actions.Select(a => a!["text"]!["text"]!.GetValue<string>()));
        Assert.Equal(["1", "2", "3", "4", "5", "back", "skip", "pause"], actions.Select(a => a!["value"]!.GetValue<string>()));
        Assert.Contains("*Question 7 of 16 · Business model leverage*", blocks.ToJsonString(AsSlackReadsIt), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(120)]
    public void Results_fit_block_kit_limits_with_a_bar_per_vector_and_native_mentions(int people)
    {
        var message = BlockKitRenderer.Render(ReadinessSamples.Results("slack", people));
        var json = message.Blocks.ToJsonString(AsSlackReadsIt);

        Assert.InRange(message.Blocks.Count, 1, BlockKitLimits.BlocksPerMessage);
        Assert.All(message.Blocks, b => Assert.True((b!["text"]?["text"]?.ToString().Length ?? 0) <= BlockKitLimits.SectionText));
        Assert.Equal(4, message.Blocks.Count(b => b!.ToJsonString(AsSlackReadsIt).Contains("% (range", StringComparison.Ordinal) && b.ToJsonString(AsSlackReadsIt).Contains('░', StringComparison.Ordinal)));
        Assert.Contains("<@U000>", json, StringComparison.Ordinal);
        Assert.Contains("Position:", json, StringComparison.Ordinal);
    }
}
