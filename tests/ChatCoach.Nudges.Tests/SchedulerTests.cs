using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Host.Commands;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using ChatCoach.Conversation;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using static ChatCoach.Nudges.Tests.NudgeWorld;

namespace ChatCoach.Nudges.Tests;

/// <summary>The hosted scheduler on a fake clock, and the server's wiring of the nudge loop.</summary>
public sealed class SchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_scheduler_runs_a_round_at_start_and_every_minute_after()
    {
        await using var world = await CreateAsync(start: Monday.AddSeconds(-30));
        await world.SeedAsync(Acme, ("proof-shipped", Lee));
        var nudged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Slack.BeforeSend = (_, _, _) =>
        {
            nudged.TrySetResult();
            return Task.CompletedTask;
        };
        using var scheduler = new NudgeScheduler(world.Dispatcher(), world.Clock, NullLogger<NudgeScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        Assert.False(nudged.Task.IsCompleted); // 08:59:30: the first round found nothing due
        world.Clock.Advance(NudgeScheduler.Every);
        await nudged.Task.WaitAsync(Patience);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Single(world.Slack.To(Lee.Id));
    }

    [Fact]
    public async Task The_server_wires_the_scheduler_the_flow_and_the_nudges_plugin()
    {
        using var file = new TempSqlite();
        await using var app = ServeCommand.Build([$"--ConnectionStrings:ChatCoach={file.ConnectionString}", "--urls=http://127.0.0.1:0"]);
        await Host.Configuration.CoreServices.PrepareAsync(app.Services, CancellationToken.None);

        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is NudgeScheduler);
        Assert.Contains(app.Services.GetServices<IConversationFlow>(), f => f is ChatCoach.Nudges.Conversation.NudgeFlow);
        var coach = app.Services.GetRequiredService<ICoach>();
        var reply = await coach.ReplyAsync(new TurnContext(Acme, Lee, "slack", "D1"), "snooze 3 days", CancellationToken.None);
        Assert.Contains("You don't owe any value", Text(reply));
        Assert.Empty(app.Services.GetServices<IProactiveChannel>());
    }
}
