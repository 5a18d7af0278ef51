using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Conversation;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class ReadinessRenderingTests
{
    private static readonly System.Text.Json.JsonSerializerOptions AsSlackReadsIt = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void A_question_is_a_section_with_the_scale_and_the_navigation_as_buttons_carrying_typed_steps_for_that_question()
    {
        var blocks = BlockKitRenderer.Render(ReadinessSamples.Question()).Blocks;

        var actions = blocks.Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();
        Assert.Equal(["Strongly disagree", "Disagree", "Partly", "Agree", "Strongly agree", "Back", "Skip", "Pause"],
            actions.Select(a => a!["text"]!["text"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.StartsWith(BlockKitRenderer.ActionPrefix, a!["action_id"]!.GetValue<string>(), StringComparison.Ordinal));
        var steps = actions.Select(a => ChatAction.FromWire(a!["value"]!.GetValue<string>())!).ToList();
        Assert.Equal(["answer", "answer", "answer", "answer", "answer", "back", "skip", "pause"], steps.Select(s => s.Verb));
        Assert.Equal(["1", "2", "3", "4", "5", null, null, null], steps.Select(s => s.Argument("score")));
        Assert.All(steps, s => Assert.Equal((ReadinessActions.FeatureName, ReadinessSamples.Bank.ScaleQuestions[5].Id), (s.Feature, s.Argument("question"))));
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
