using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests.Model;

/// <summary>The disclosure rule as a table: what an anonymous or attributed survey may show, by size and state.</summary>
public sealed class ReadinessDisclosureTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Scale = ["1", "2", "3", "4", "5"];

    private static readonly QuestionBank Bank = new(
        new SurveyQuestion("role", QuestionKind.Role, "Role?", ["Leader", "IC"]),
        [.. ReadinessVectors.All.SelectMany(v => Enumerable.Range(1, 3).Select(i => new SurveyQuestion($"{v.Key()}-{i}", QuestionKind.Scale, "?", Scale, v)))],
        new SurveyQuestion("stage", QuestionKind.Stage, "Stage?", ["Exploration", "Experimentation", "Implementation", "Transformation"]));

    private static readonly ReadinessDisclosure Rule = new(Bank, new PositionRules());

    private static Survey Survey(bool anonymous, bool open, SurveyMode mode = SurveyMode.Individual) =>
        new(1, new WorkspaceId("slack:T1"), "slack", "C1", mode, anonymous, new UserRef("slack:U0"), At, At.AddDays(7), open ? null : At.AddDays(1));

    /// <summary>Each person answers every question with their score; roles in order, null for "skipped the role question".</summary>
    private static SurveyResult Disclose(Survey survey, params (int Score, RespondentRole? Role)[] people)
    {
        var answers = people.SelectMany((p, i) => Bank.ScaleQuestions.Append(Bank.Stage!)
            .Select(q => new ReadinessAnswer(1, $"slack:U{i}", p.Role, q.Id, q.Kind == QuestionKind.Stage ? 2 : p.Score, null, new UserRef($"slack:U{i}"), At))).ToList();
        var interviews = people.Select((p, i) => new Interview(1, $"slack:U{i}", 14, InterviewStatus.Finished, p.Role, null, 14, At)).ToList();
        return Rule.Disclose(survey, answers, interviews);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void An_open_anonymous_survey_shows_no_figure_whatever_its_size(int people)
    {
        var result = Disclose(Survey(anonymous: true, open: true), [.. Enumerable.Repeat((5, (RespondentRole?)RespondentRole.Leader), people)]);

        Assert.Equal(ResultWithheld.UntilClosed, result.Withheld);
        Assert.Empty(result.Scores);
        Assert.Null(result.Position);
        Assert.Null(result.Gap);
        Assert.Empty(result.StageBeliefs);
        Assert.Empty(result.Participants);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_closed_anonymous_survey_under_the_minimum_shows_no_figure(int people)
    {
        var result = Disclose(Survey(anonymous: true, open: false), [.. Enumerable.Repeat((5, (RespondentRole?)RespondentRole.Leader), people)]);

        Assert.Equal(ResultWithheld.TooFewRespondents, result.Withheld);
        Assert.Empty(result.Scores);
        Assert.Empty(result.StageBeliefs);
    }

    [Fact]
    public void A_closed_anonymous_survey_of_three_shows_means_without_ranges_or_names()
    {
        var result = Disclose(Survey(anonymous: true, open: false), (5, RespondentRole.Leader), (2, RespondentRole.IndividualContributor), (2, null));

        Assert.Null(result.Withheld);
        Assert.Equal(4, result.Scores.Count);
        Assert.All(result.Scores, s => Assert.Equal((60m, (ScoreRange?)null), (s.Percent, s.Range)));
        Assert.NotNull(result.Position);
        Assert.Empty(result.Participants);
        Assert.Null(result.Gap);
        Assert.Equal([("Experimentation", 3)], result.StageBeliefs);
    }

    [Fact]
    public void A_configured_minimum_below_three_still_gives_anonymous_surveys_three()
    {
        var lax = new ReadinessDisclosure(Bank, new PositionRules(), minGroupSize: 1);
        var anonymous = Survey(anonymous: true, open: false);

        Assert.Equal(3, lax.MinimumFor(anonymous));
        Assert.Equal(1, lax.MinimumFor(Survey(anonymous: false, open: false)));
        Assert.Equal(5, new ReadinessDisclosure(Bank, new PositionRules(), 5).MinimumFor(anonymous));
    }

    [Fact]
    public void Roles_are_compared_only_when_the_people_without_a_role_are_none_or_a_group_of_their_own()
    {
        (int, RespondentRole?)[] sixWithRoles = [(5, RespondentRole.Leader), (5, RespondentRole.Leader), (5, RespondentRole.Leader),
            (2, RespondentRole.IndividualContributor), (2, RespondentRole.IndividualContributor), (2, RespondentRole.IndividualContributor)];
        var closed = Survey(anonymous: true, open: false);

        Assert.NotNull(Disclose(closed, sixWithRoles).Gap);
        Assert.Null(Disclose(closed, [.. sixWithRoles, (1, null)]).Gap);
        Assert.Null(Disclose(closed, [.. sixWithRoles, (1, null), (1, null)]).Gap);
        Assert.NotNull(Disclose(closed, [.. sixWithRoles, (1, null), (1, null), (1, null)]).Gap);
    }

    [Fact]
    public void An_attributed_survey_shows_results_so_far_with_ranges_and_names_at_any_size()
    {
        var result = Disclose(Survey(anonymous: false, open: true), (5, RespondentRole.Leader), (2, RespondentRole.IndividualContributor));

        Assert.Null(result.Withheld);
        Assert.All(result.Scores, s => Assert.Equal((70m, new ScoreRange(40m, 100m)), (s.Percent, s.Range)));
        Assert.Equal(2, result.Participants.Count);
        Assert.Null(result.Gap);
    }

    [Fact]
    public void A_together_survey_is_the_team_answering_in_the_open_and_is_shown_while_open_without_names()
    {
        var result = Disclose(Survey(anonymous: true, open: true, SurveyMode.Together), (4, null));

        Assert.Null(result.Withheld);
        Assert.Equal(4, result.Scores.Count);
        Assert.Empty(result.Participants);
    }
}
