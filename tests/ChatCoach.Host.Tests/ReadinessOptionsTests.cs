using ChatCoach.Readiness.Jobs;

namespace ChatCoach.Host.Tests;

/// <summary>The minimum group size is checked at start-up: below 3, an anonymous result could be one or two people's answers.</summary>
public sealed class ReadinessOptionsTests
{
    private static readonly string ShippedBank = Path.Combine(TestSupport.RepoPaths.Root, "src", "ChatCoach.Readiness", "readiness-questions.json");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(101)]
    public void A_minimum_group_size_outside_3_to_100_stops_start_up_naming_the_key(int size)
    {
        var result = new ReadinessOptionsValidator().Validate(null, new ReadinessOptions { QuestionBank = ShippedBank, MinGroupSize = size });

        Assert.True(result.Failed);
        Assert.Contains($"ChatCoach:Readiness:MinGroupSize must be from 3 to 100 (got {size})", result.FailureMessage);
    }

    [Fact]
    public void The_default_minimum_group_size_is_3_and_passes()
    {
        var options = new ReadinessOptions { QuestionBank = ShippedBank };

        Assert.Equal(3, options.MinGroupSize);
        Assert.True(new ReadinessOptionsValidator().Validate(null, options).Succeeded);
    }
}
