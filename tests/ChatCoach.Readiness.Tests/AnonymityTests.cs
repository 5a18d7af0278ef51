using ChatCoach.Domain.Delivery;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests;

/// <summary>
/// "Anonymous means anonymous" (issue 27, row 4), driven through the real conversation pipeline:
/// the attack as reported — a non-respondent reads the results after one person finished, then after
/// a second, and differences the two — plus the group-size rules that close the other holes.
/// </summary>
public sealed class AnonymityTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _starter = ReadinessWorld.Person("starter");
    private readonly Domain.People.UserRef _outsider = ReadinessWorld.Person("outsider");

    public void Dispose() => _world.Dispose();

    private async Task TakeAsync(string name, RespondentRole role, int score) =>
        await _world.TakeWholeSurveyAsync(ReadinessWorld.Person(name), role, score);

    [Fact]
    public async Task After_one_person_finished_a_non_respondent_does_not_see_that_persons_scores()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        await TakeAsync("ana", RespondentRole.Leader, 5);

        var read = await _world.InChannelAsync(_outsider, "readiness results");

        Assert.DoesNotContain("100%", read);
        Assert.DoesNotContain("%", read);
        Assert.DoesNotContain("Position:", read);
        Assert.Contains("only once it closes", read);
    }

    [Fact]
    public async Task Two_reads_around_a_second_respondent_give_nothing_to_difference()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        await TakeAsync("ana", RespondentRole.Leader, 5);
        var before = await _world.InChannelAsync(_outsider, "readiness results");
        await TakeAsync("ben", RespondentRole.IndividualContributor, 2);

        var after = await _world.InChannelAsync(_outsider, "readiness results");

        // Before the fix: 100% then 70%, and 2 × 70 − 100 = 40, Ben's score on every vector.
        Assert.DoesNotContain("%", before);
        Assert.DoesNotContain("%", after);
        Assert.DoesNotContain("range", after);
        Assert.Contains("2 started, 2 finished", after);
    }

    [Fact]
    public async Task Closed_with_fewer_than_three_people_an_anonymous_survey_shows_no_scores_anywhere()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        await TakeAsync("ana", RespondentRole.Leader, 5);
        await TakeAsync("ben", RespondentRole.IndividualContributor, 2);

        var closed = await _world.DirectAsync(_starter, "close the survey");
        var posted = ReadinessWorld.Render(Assert.Single(_world.Outbox.Messages, m => m.To is ToConversation).Reply);
        var later = await _world.InChannelAsync(_outsider, "readiness results");

        foreach (var shown in new[] { closed, posted, later })
        {
            Assert.DoesNotContain("%", shown);
            Assert.Contains("at least 3", shown);
        }
    }

    [Fact]
    public async Task Closed_with_enough_people_an_anonymous_survey_shows_team_scores_without_ranges_or_head_counts()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        await TakeAsync("ana", RespondentRole.Leader, 5);
        await TakeAsync("ben", RespondentRole.IndividualContributor, 2);
        await TakeAsync("cy", RespondentRole.IndividualContributor, 2);

        var closed = await _world.InChannelAsync(_starter, "close the survey");

        Assert.Contains("Organizational capacity  ██████░░░░ 60%", closed);
        Assert.DoesNotContain("range", closed);
        Assert.DoesNotContain("people)", closed);
        Assert.DoesNotContain("@", closed);
        Assert.Contains("3 started, 3 finished", closed);
        // One leader: the leader's figure would be Ana's own.
        Assert.DoesNotContain("leaders see more", closed);
        Assert.DoesNotContain("individual contributors see more", closed);
    }

    [Fact]
    public async Task Role_groups_are_not_compared_when_the_people_without_a_role_could_be_worked_out_from_the_team_figure()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        for (var i = 0; i < 3; i++)
        {
            await TakeAsync($"lead{i}", RespondentRole.Leader, 5);
            await TakeAsync($"ic{i}", RespondentRole.IndividualContributor, 2);
        }
        // One person skips the role question: team × 7 − leaders × 3 − contributors × 3 would be their score.
        var loner = ReadinessWorld.Person("loner");
        await _world.DirectAsync(loner, "take the readiness survey");
        await _world.DirectAsync(loner, "skip");
        foreach (var _ in _world.Bank.ScaleQuestions)
        {
            await _world.DirectAsync(loner, "1");
        }
        await _world.DirectAsync(loner, "skip");

        var closed = await _world.InChannelAsync(_starter, "close the survey");

        Assert.Contains("7 started, 7 finished", closed);
        Assert.DoesNotContain("Change velocity: leaders", closed);
        Assert.DoesNotContain("leaders see more", closed);
    }

    [Fact]
    public async Task A_vector_fewer_than_three_people_answered_is_held_back_and_no_position_is_read_from_the_rest()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        await TakeAsync("ana", RespondentRole.Leader, 5);
        await TakeAsync("ben", RespondentRole.IndividualContributor, 2);
        // Cy answers only the first vector and skips the rest: three people on it, two on the others.
        var cy = ReadinessWorld.Person("cy");
        await _world.DirectAsync(cy, "take the readiness survey");
        await _world.DirectAsync(cy, "2");
        foreach (var question in _world.Bank.ScaleQuestions)
        {
            await _world.DirectAsync(cy, question.Vector == ReadinessVector.OrganizationalCapacity ? "2" : "skip");
        }

        var closed = await _world.InChannelAsync(_starter, "close the survey");

        Assert.Contains("Organizational capacity  ██████░░░░ 60%", closed);
        Assert.DoesNotContain("Change velocity  ", closed);
        Assert.DoesNotContain("Position:", closed);
    }

    [Fact]
    public async Task An_attributed_survey_still_shows_results_so_far_with_ranges_and_names()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey");
        await TakeAsync("ana", RespondentRole.Leader, 5);
        await TakeAsync("ben", RespondentRole.IndividualContributor, 2);

        var read = await _world.InChannelAsync(_outsider, "readiness results");

        Assert.Contains("Readiness survey — results so far", read);
        Assert.Contains("Organizational capacity  ███████░░░ 70% (range 40–100%, 2 people)", read);
        Assert.Contains("Took part: @UANA, @UBEN", read);
    }
}
