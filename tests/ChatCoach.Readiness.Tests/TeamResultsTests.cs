using ChatCoach.Domain.Delivery;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Tests;

/// <summary>Several respondents with roles: team scores, participation, the perception gap and the privacy rules.</summary>
public sealed class TeamResultsTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _starter = ReadinessWorld.Person("starter");

    public void Dispose() => _world.Dispose();

    private async Task TakeAsync(int leaders, int contributors)
    {
        for (var i = 0; i < leaders; i++)
        {
            await _world.TakeWholeSurveyAsync(ReadinessWorld.Person($"lead{i}"), RespondentRole.Leader, 5, "Transformation");
        }
        for (var i = 0; i < contributors; i++)
        {
            await _world.TakeWholeSurveyAsync(ReadinessWorld.Person($"ic{i}"), RespondentRole.IndividualContributor, 2);
        }
    }

    [Fact]
    public async Task Leaders_and_contributors_who_see_it_differently_show_as_a_perception_gap()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey anonymously");
        await TakeAsync(leaders: 3, contributors: 3);

        var results = await _world.InChannelAsync(_starter, "close the survey");

        Assert.Contains("Readiness survey — results", results);
        Assert.Contains("Organizational capacity  ███████░░░ 70%\n", results);
        Assert.DoesNotContain("range", results);
        Assert.Contains("Position: Transformation", results);
        Assert.Contains("6 started, 6 finished (3 leaders and 3 individual contributors answered).", results);
        Assert.Contains("Where leaders and individual contributors disagree:", results);
        Assert.Contains("Change velocity: leaders 100%, individual contributors 40% — leaders see more.", results);
        Assert.Contains("Stage the team believes it is at: Experimentation (3), Transformation (3).", results);
        Assert.DoesNotContain("@", results);
    }

    [Fact]
    public async Task With_fewer_than_three_in_a_role_no_breakdown_is_shown_and_attributed_results_name_who_took_part()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey");
        await TakeAsync(leaders: 2, contributors: 3);

        var results = await _world.InChannelAsync(_starter, "readiness results");

        Assert.Contains("not shown until each group has at least 3 respondents", results);
        Assert.DoesNotContain("leaders see more", results);
        Assert.Contains("Took part: @UIC0, @UIC1, @UIC2, @ULEAD0, @ULEAD1", results);
    }

    [Fact]
    public async Task Closing_posts_the_team_result_and_the_lifecycle_edges_have_clear_replies()
    {
        var first = await _world.InChannelAsync(_starter, "start the readiness survey");
        var second = await _world.InChannelAsync(ReadinessWorld.Person("eve"), "start the readiness survey together");
        await TakeAsync(leaders: 1, contributors: 0);
        await _world.DirectAsync(ReadinessWorld.Person("ic9"), "take the readiness survey");
        await _world.DirectAsync(ReadinessWorld.Person("ic9"), "2");

        var refused = await _world.InChannelAsync(ReadinessWorld.Person("eve"), "close the survey");
        var closed = await _world.InChannelAsync(_starter, "close the survey");
        var again = await _world.InChannelAsync(_starter, "close the survey");
        var late = await _world.DirectAsync(ReadinessWorld.Person("ic9"), "4");
        var afterwards = await _world.InChannelAsync(ReadinessWorld.Person("eve"), "readiness results");

        Assert.Contains("Readiness survey started", first);
        Assert.Contains("A readiness survey is already open here", second);
        Assert.Contains("Only the person who started the survey or an admin can close it.", refused);
        Assert.Contains("Survey closed.", closed);
        Assert.Contains("Readiness survey — results", closed);
        Assert.Contains("2 started, 1 finished", closed);
        Assert.Contains("There is no open survey to close — the last one already closed on Monday 23 November.", again);
        Assert.Contains("The readiness survey closed on Monday 23 November, so I can't take answers for it any more.", late);
        Assert.Contains("Readiness survey — results", afterwards);
        Assert.DoesNotContain("so far", afterwards);
    }

    [Fact]
    public async Task Closed_from_a_DM_the_results_still_go_to_the_channel_that_ran_it()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey");
        await TakeAsync(leaders: 1, contributors: 0);

        var closed = await _world.DirectAsync(_starter, "close the survey");

        Assert.Contains("Survey closed.", closed);
        var posted = Assert.Single(_world.Outbox.Messages, m => m.To is ToConversation);
        Assert.Equal(new ToConversation("slack", "C1"), posted.To);
        Assert.Contains("Organizational capacity  ██████████ 100%", ReadinessWorld.Render(posted.Reply));
    }

    [Fact]
    public async Task Nobody_answering_gives_no_scores_and_no_position()
    {
        await _world.InChannelAsync(_starter, "start the readiness survey");

        var results = await _world.InChannelAsync(_starter, "readiness results");
        var nothingYet = await new Func<Task<string>>(async () =>
        {
            using var fresh = await ReadinessWorld.CreateAsync();
            return await fresh.InChannelAsync(_starter, "readiness results");
        })();

        Assert.Contains("Nobody has answered yet", results);
        Assert.DoesNotContain("%", results);
        Assert.Contains("No readiness survey has been run here yet.", nothingYet);
    }
}
