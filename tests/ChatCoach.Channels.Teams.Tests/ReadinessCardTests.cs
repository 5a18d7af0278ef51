using System.Text;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Readiness.Conversation;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class ReadinessCardTests
{
    private static readonly PeopleNames Names = new(new Dictionary<string, string>());

    [Fact]
    public void A_question_card_offers_the_scale_and_navigation_as_actions_carrying_typed_steps_for_that_question()
    {
        var card = AdaptiveCardRenderer.Render(ReadinessSamples.Question(), Names);

        var actions = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "ActionSet")!["actions"]!.AsArray();
        Assert.Equal(["Strongly disagree", "Disagree", "Partly", "Agree", "Strongly agree", "Back", "Skip", "Pause"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal(CardActions.ActionVerb, a!["data"]!["verb"]!.GetValue<string>()));
        var steps = actions.Select(a => ChatAction.FromWire(a!["data"]!["action"]!.GetValue<string>())!).ToList();
        Assert.Equal(["answer", "answer", "answer", "answer", "answer", "back", "skip", "pause"], steps.Select(s => s.Verb));
        Assert.Equal(["1", "2", "3", "4", "5", null, null, null], steps.Select(s => s.Argument("score")));
        Assert.All(steps, s => Assert.Equal((ReadinessActions.FeatureName, ReadinessSamples.Bank.ScaleQuestions[5].Id), (s.Feature, s.Argument("question"))));
        Assert.Contains("Question 7 of 16", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(120)]
    public void Results_stay_under_the_80_kb_card_limit_with_a_bar_per_vector(int people)
    {
        var card = AdaptiveCardRenderer.Render(ReadinessSamples.Results("teams", people), Names);
        var json = card.ToJsonString(ActivityJson.Options);

        Assert.True(Encoding.UTF8.GetByteCount(json) < 80 * 1024);
        foreach (var vector in new[] { "Organizational capacity", "Business model leverage", "Change velocity", "Competitive necessity" })
        {
            Assert.Contains(vector, json, StringComparison.Ordinal);
        }
        Assert.Contains("█", json, StringComparison.Ordinal);
        Assert.Contains("Position:", json, StringComparison.Ordinal);
    }
}
