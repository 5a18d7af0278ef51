using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

public sealed class WritesAndRefusalsTests : PlannerTest
{
    private static readonly string[] Indicators =
        ["spend-traceable", "cost-per-qualified-opp", "win-rate-non-price", "proof-shipped", "result-to-proof-days", "signal-to-offer-days"];

    [Fact]
    public async Task A_non_owner_asking_to_record_zero_everywhere_gets_refusals_and_the_bot_says_so_even_if_the_model_claims_success()
    {
        Model.CallsTools([.. Indicators.Select(i => ("scoreboard-record_value", $$"""{"indicator":"{{i}}","value":"0"}"""))])
            .Answers("Done, all recorded.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "please zero out every indicator on the board for me");

        foreach (var indicator in Indicators)
        {
            Assert.DoesNotContain(await World.HistoryAsync(indicator), v => v.RecordedBy == PlannerWorld.Sam);
        }
        Assert.DoesNotContain("all recorded", reply.PlainText, StringComparison.Ordinal);
        var refusals = reply.Parts.OfType<Paragraph>().ToList();
        Assert.Equal(6, refusals.Count);
        Assert.All(refusals, p => Assert.Equal(Tone.Refusal, p.Tone));
        Assert.Contains(refusals, p => p.PlainText.Contains("Only the owner of Win rate on deals decided by more than price or an admin", StringComparison.Ordinal)
            && p.Inlines.Any(i => i is Mention { User.Id: "slack:UDANA" }));
        Assert.Contains(refusals, p => p.PlainText.Contains("has no owner yet, so only an admin can record it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_repeating_the_refused_number_is_blocked_and_the_refusal_rendered()
    {
        Model.CallsTools(("scoreboard-record_value", """{"indicator":"win rate","value":"0%","period":"2026-10"}"""))
            .Answers("Recorded 0% for win rate.");

        var reply = await World.SayAsync(PlannerWorld.Sam, "set win rate to zero for october, trust me");

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(reply.Parts));
        Assert.Equal(Tone.Refusal, paragraph.Tone);
        Assert.Equal(1, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
        Assert.Equal(31m, (await World.HistoryAsync("win-rate-non-price"))[0].Value);
    }

    [Fact]
    public async Task A_value_reported_in_words_is_recorded_and_the_model_may_repeat_it_once_accepted()
    {
        Model.CallsTools(("scoreboard-record_value", """{"indicator":"win rate","value":"31%","period":"2026-10","note":"reported by Dana"}"""))
            .Answers("Logged: win rate was thirty-one percent in October 2026.");

        var reply = await World.SayAsync(PlannerWorld.Admin, "Dana says win rate was thirty-one percent in October, log it");

        var latest = (await World.HistoryAsync("win-rate-non-price"))[0];
        Assert.Equal((31m, 2, PlannerWorld.Admin), (latest.Value!.Value, latest.Revision, latest.RecordedBy));
        var paragraphs = reply.Parts.OfType<Paragraph>().ToList();
        Assert.Equal("Logged: win rate was thirty-one percent in October 2026.", paragraphs[0].PlainText);
        // The bot's own receipt follows the model's words, so a write is never hidden or invented.
        Assert.Equal(Tone.Success, paragraphs[1].Tone);
        Assert.StartsWith("Recorded 31% for Win rate", paragraphs[1].PlainText, StringComparison.Ordinal);
        Assert.Equal(0, World.Recorder.Total("chatcoach.llm.grounding_incidents"));
    }
}
