using static ChatCoach.Scoreboard.Tests.CoachFixture;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>Lagging metrics' quarterly values and the quarterly review, on 23 November 2026 (Q3 2026 is the last quarter ended).</summary>
public sealed class LaggingMetricTests
{
    [Fact]
    public async Task A_quarter_value_is_recorded_with_its_provenance_and_a_second_one_is_a_correction()
    {
        using var world = await CreateAsync();

        var first = await world.SayTextAsync(Admin, "record 1.2M pipeline for Q3 2026");
        var second = await world.SayTextAsync(Admin, "record $1.25M for pipeline for Q3 2026");

        Assert.Equal("✓ Recorded 1,200,000 for the lagging metric Pipeline for Q3 2026.", first);
        Assert.Equal("✓ Recorded $1,250,000 for the lagging metric Pipeline for Q3 2026. This corrects 1,200,000 recorded by @UADMIN on Nov 23; both stay in the history.", second);
    }

    [Fact]
    public async Task A_quarter_that_has_not_ended_an_unknown_metric_and_a_non_admin_are_each_told_why()
    {
        using var world = await CreateAsync();

        Assert.Equal("! Q4 2026 hasn't ended yet, so it has no quarterly value to record. The latest quarter you can report is Q3 2026.",
            await world.SayTextAsync(Admin, "record 1.2M pipeline for Q4 2026"));
        Assert.StartsWith("! I don't know a lagging metric called \"bookings\". The scoreboard's are: The CFO conversation, next year's budget, Pipeline, program ROI",
            await world.SayTextAsync(Admin, "record 3M bookings for Q3 2026"), StringComparison.Ordinal);
        Assert.Equal("✗ Only an admin can record a lagging metric's quarterly value.", await world.SayTextAsync(Dana, "record 1.2M pipeline for Q3 2026"));
    }

    [Fact]
    public async Task The_quarterly_review_puts_each_lagging_metric_next_to_the_three_months_of_its_leading_indicators()
    {
        using var world = await CreateAsync();
        await world.SayAsync(Admin, "record $480 for cost per opp for July 2026");
        await world.SayAsync(Admin, "record $455 for cost per opp for August 2026");
        await world.SayAsync(Admin, "record $430 for cost per opp for September 2026");
        await world.SayAsync(Admin, "record 1.2M pipeline for Q3 2026");

        var reply = await world.SayTextAsync(Dana, "how did Q3 go");

        var lines = reply.Split('\n');
        Assert.Equal("Quarterly review for Q3 2026 (Jul 2026, Aug 2026, Sep 2026): each lagging metric, then the leading indicators that protect it.", lines[0]);
        var pipeline = Array.IndexOf(lines, "Pipeline: 1,200,000 (recorded by @UADMIN on Nov 23)");
        Assert.True(pipeline > 0, reply);
        Assert.Equal("   • Cost per qualified opportunity: $480 → $455 → $430 (improving)", lines[pipeline + 1]);
        Assert.Contains("Pricing power: no quarter value recorded", lines);
        Assert.Equal(reply, await world.SayTextAsync(Dana, "quarterly review"));
    }
}
