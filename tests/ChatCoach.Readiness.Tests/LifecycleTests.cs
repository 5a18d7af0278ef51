using ChatCoach.Domain.Installations;
using ChatCoach.Domain.Delivery;
using ChatCoach.Readiness.Jobs;
using ChatCoach.Readiness.Plugin;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatCoach.Readiness.Tests;

/// <summary>What time does to an open survey: one reminder before the deadline, then closing and posting the results — once, even with two hosts.</summary>
public sealed class LifecycleTests : IDisposable
{
    private readonly ReadinessWorld _world = ReadinessWorld.CreateAsync().GetAwaiter().GetResult();
    private readonly Domain.People.UserRef _dana = ReadinessWorld.Person("dana");
    private readonly Domain.People.UserRef _lee = ReadinessWorld.Person("lee");

    public void Dispose() => _world.Dispose();

    private SurveyLifecycle Lifecycle(ReadinessWorld world, params IWorkspaceConnection[] connections) =>
        new(world.Store, world.Plugin, ReadinessSettings.Default, _world.Outbox, new WorkspaceConnections(connections), _world.Clock, NullLogger<SurveyLifecycle>.Instance);

    /// <summary>Slack's answer for a workspace that uninstalled the bot.</summary>
    private sealed class Uninstalled : IWorkspaceConnection
    {
        public string Channel => "slack";

        public Task<bool> IsConnectedAsync(Domain.People.WorkspaceId workspace, CancellationToken cancellationToken) => Task.FromResult(false);
    }

    [Fact]
    public async Task An_uninstalled_workspace_survey_is_neither_reminded_nor_closed_until_it_returns()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey for 2 days");
        await _world.TakeWholeSurveyAsync(_dana, Readiness.Model.RespondentRole.Leader, 4);
        _world.Clock.Advance(TimeSpan.FromDays(3));

        await Lifecycle(_world, new Uninstalled()).RunAsync(default);

        Assert.NotNull(await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default));
        Assert.Empty(_world.Outbox.Messages);
        await Lifecycle(_world).RunAsync(default);
        Assert.Null(await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default));
    }

    [Fact]
    public async Task One_reminder_goes_to_unfinished_participants_and_the_channel_a_day_before_the_deadline()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey for 3 days");
        await _world.TakeWholeSurveyAsync(_dana, Readiness.Model.RespondentRole.Leader, 4);
        await _world.DirectAsync(_lee, "take the readiness survey");
        await _world.DirectAsync(_lee, "2");
        var hosts = new[] { Lifecycle(_world), Lifecycle(_world.Restarted()) };

        _world.Clock.Advance(TimeSpan.FromHours(47));
        await hosts[0].RunAsync(default);
        var early = _world.Outbox.Messages.Count;
        _world.Clock.Advance(TimeSpan.FromHours(2));
        await Task.WhenAll(hosts.Select(h => h.RunAsync(default)));
        await hosts[0].RunAsync(default);

        Assert.Equal(0, early);
        Assert.Equal(2, _world.Outbox.Messages.Count);
        var toLee = Assert.Single(_world.Outbox.Messages, m => m.To is ToPerson);
        Assert.Equal(new ToPerson(_lee), toLee.To);
        Assert.Contains("You stopped at question 2.", ReadinessWorld.Render(toLee.Reply));
        var post = Assert.Single(_world.Outbox.Messages, m => m.To is ToConversation);
        Assert.Contains("1 of you have finished so far", ReadinessWorld.Render(post.Reply));
    }

    [Fact]
    public async Task At_the_deadline_the_survey_closes_once_and_its_results_are_posted_where_it_started()
    {
        await _world.InChannelAsync(_dana, "start the readiness survey for 2 days");
        await _world.TakeWholeSurveyAsync(_dana, Readiness.Model.RespondentRole.Leader, 3);
        _world.Clock.Advance(TimeSpan.FromDays(2));

        await Task.WhenAll(Lifecycle(_world).RunAsync(default), Lifecycle(_world.Restarted()).RunAsync(default));

        Assert.Null(await _world.Store.OpenSurveyAsync(ReadinessWorld.Workspace, default));
        var results = Assert.Single(_world.Outbox.Messages, m => m.Key.EndsWith("/results", StringComparison.Ordinal));
        Assert.Equal(new ToConversation("slack", "C1"), results.To);
        var text = ReadinessWorld.Render(results.Reply);
        Assert.Contains("Readiness survey — results", text);
        Assert.Contains("Change velocity  ██████░░░░ 60%", text);
        Assert.Contains("1 started, 1 finished", text);
        Assert.Contains("No readiness survey is open; the last one closed on Wednesday 25 November.", await _world.DirectAsync(_lee, "take the readiness survey"));
    }
}
