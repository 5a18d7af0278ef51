using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests.Model;

/// <summary>The rule table of the readiness model, in order, boundaries included (high means at or above 60%).</summary>
public sealed class PositionRulesTests
{
    private static readonly PositionRules Rules = new();

    private static IReadOnlyList<VectorScore> Scores(decimal capacity, decimal leverage, decimal velocity, decimal necessity) =>
    [
        new(ReadinessVector.OrganizationalCapacity, capacity, 1),
        new(ReadinessVector.BusinessModelLeverage, leverage, 1),
        new(ReadinessVector.ChangeVelocity, velocity, 1),
        new(ReadinessVector.CompetitiveNecessity, necessity, 1),
    ];

    [Theory]
    // Rule 1: low necessity wins over everything else, in any combination.
    [InlineData(20, 20, 20, 20, PositionKind.LowNecessity)]
    [InlineData(100, 100, 100, 59.9, PositionKind.LowNecessity)]
    [InlineData(20, 100, 20, 59.9, PositionKind.LowNecessity)]
    [InlineData(100, 20, 100, 20, PositionKind.LowNecessity)]
    // Rule 2: high necessity, low capacity — whatever velocity says.
    [InlineData(59.9, 60, 100, 60, PositionKind.Crisis)]
    [InlineData(20, 20, 20, 100, PositionKind.Crisis)]
    [InlineData(59.9, 100, 59.9, 100, PositionKind.Crisis)]
    // Rule 3: high necessity and capacity, low velocity.
    [InlineData(60, 60, 59.9, 60, PositionKind.Trap)]
    [InlineData(100, 20, 20, 100, PositionKind.Trap)]
    // Rule 4: high on all three.
    [InlineData(60, 60, 60, 60, PositionKind.Transformation)]
    [InlineData(100, 20, 100, 100, PositionKind.Transformation)]
    public void Each_combination_lands_in_the_position_the_rules_give_in_order(double capacity, double leverage, double velocity, double necessity, PositionKind expected)
    {
        var position = Rules.Decide(Scores((decimal)capacity, (decimal)leverage, (decimal)velocity, (decimal)necessity));

        Assert.Equal(expected, position!.Kind);
    }

    [Theory]
    [InlineData(60, InvestmentStance.Aggressive)]
    [InlineData(100, InvestmentStance.Aggressive)]
    [InlineData(59.9, InvestmentStance.EfficiencyCeiling)]
    [InlineData(20, InvestmentStance.EfficiencyCeiling)]
    public void Business_model_leverage_sets_how_aggressively_to_invest_in_every_position(double leverage, InvestmentStance expected)
    {
        foreach (var (capacity, velocity, necessity) in new[] { (20m, 20m, 20m), (20m, 20m, 100m), (100m, 20m, 100m), (100m, 100m, 100m) })
        {
            Assert.Equal(expected, Rules.Decide(Scores(capacity, (decimal)leverage, velocity, necessity))!.Stance);
        }
    }

    [Fact]
    public void Every_position_comes_with_a_meaning_a_move_and_a_horizon()
    {
        var crisis = Rules.Decide(Scores(30, 30, 30, 90))!;
        var trap = Rules.Decide(Scores(90, 30, 30, 90))!;

        Assert.Contains("12–24 months", crisis.Horizon);
        Assert.Contains("24 months", trap.Horizon);
        Assert.All(new[] { crisis, trap, Rules.Decide(Scores(30, 30, 30, 30))!, Rules.Decide(Scores(90, 90, 90, 90))! }, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(p.Move));
            Assert.False(string.IsNullOrWhiteSpace(p.StanceAdvice));
        });
        Assert.Contains("stage 2", Rules.Decide(Scores(30, 30, 30, 30))!.Move);
    }

    [Fact]
    public void A_vector_without_a_score_gives_no_position_rather_than_a_guess()
    {
        var three = Scores(90, 90, 90, 90).Where(s => s.Vector != ReadinessVector.ChangeVelocity).ToList();

        Assert.Null(Rules.Decide(three));
    }

    [Fact]
    public void The_high_threshold_is_the_organisations_to_set()
    {
        var scores = Scores(70, 70, 70, 70);

        Assert.Equal(PositionKind.Transformation, new PositionRules(70).Decide(scores)!.Kind);
        Assert.Equal(PositionKind.LowNecessity, new PositionRules(70.1m).Decide(scores)!.Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PositionRules(10));
    }
}
