using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests.Model;

public sealed class ReadinessScoringTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Scale = ["1", "2", "3", "4", "5"];

    private static readonly QuestionBank Bank = new(
        new SurveyQuestion("role", QuestionKind.Role, "Role?", ["Leader", "IC"]),
        [.. ReadinessVectors.All.SelectMany(v => Enumerable.Range(1, 3).Select(i => new SurveyQuestion($"{v.Key()}-{i}", QuestionKind.Scale, "?", Scale, v)))],
        null);

    private static ReadinessAnswer Answer(string who, string question, int? score) =>
        new(1, who, null, question, score, null, new UserRef("slack:U1"), At);

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 60)]
    [InlineData(4, 80)]
    [InlineData(5, 100)]
    [InlineData(4.5, 90)]
    public void The_mean_of_five_point_answers_maps_linearly_onto_20_to_100_percent(double mean, double percent) =>
        Assert.Equal((decimal)percent, ReadinessScoring.Percent((decimal)mean));

    [Fact]
    public void A_respondents_latest_answer_counts_and_skipped_questions_do_not()
    {
        var answers = new[]
        {
            Answer("slack:UA", "change-velocity-1", 1),
            Answer("slack:UA", "change-velocity-2", 5),
            Answer("slack:UA", "change-velocity-3", null),
            Answer("slack:UA", "change-velocity-1", 5),
        };

        var scores = ReadinessScoring.ForRespondent(Bank, answers);

        Assert.Equal(100m, scores[ReadinessVector.ChangeVelocity]);
        Assert.False(scores.ContainsKey(ReadinessVector.CompetitiveNecessity));
    }

    [Fact]
    public void A_teams_score_is_the_mean_of_its_respondents_with_their_range()
    {
        decimal[] percents = [40m, 60m, 100m];
        var respondents = percents.Select(p => (IReadOnlyDictionary<ReadinessVector, decimal>)new Dictionary<ReadinessVector, decimal> { [ReadinessVector.ChangeVelocity] = p });

        var score = Assert.Single(ReadinessScoring.ForGroup(respondents));

        Assert.Equal((ReadinessVector.ChangeVelocity, 66.7m, 40m, 100m, 3), (score.Vector, score.Percent, score.Range!.Lowest, score.Range.Highest, score.Respondents));
        Assert.Equal(60m, score.Range.Spread);
    }

    [Fact]
    public void The_perception_gap_is_withheld_until_each_role_has_three_respondents()
    {
        IReadOnlyDictionary<ReadinessVector, decimal> Sees(decimal p) => ReadinessVectors.All.ToDictionary(v => v, _ => p);

        Assert.Null(PerceptionGap.Between([Sees(90), Sees(90)], [Sees(30), Sees(30), Sees(30)], 3));
        Assert.Null(PerceptionGap.Between([Sees(90), Sees(90), Sees(90)], [Sees(30), Sees(30)], 3));
        var gap = PerceptionGap.Between([Sees(90), Sees(80), Sees(100)], [Sees(30), Sees(40), Sees(20)], 3)!;

        Assert.Equal(4, gap.Count);
        Assert.All(gap, g => Assert.Equal(60m, g.Difference));
    }
}
