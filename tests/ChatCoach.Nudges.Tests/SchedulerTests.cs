using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using ChatCoach.Conversation;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using static ChatCoach.Nudges.Tests.NudgeWorld;

namespace ChatCoach.Nudges.Tests;

/// <summary>The hosted scheduler on a fake clock.</summary>
public sealed class SchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_scheduler_runs_a_round_at_start_and_every_minute_after()
    {
        await using var world = await CreateAsync(start: Monday.AddSeconds(-30));
        await world.SeedAsync(Acme, ("proof-shipped", Lee));
        // One database for the round and its outbox, as in the server: they write in one transaction.
        var database = world.Database.Reopen();
        var outbox = world.Outbox(database);
        using var scheduler = new NudgeScheduler(world.Dispatcher(database, outbox), world.Clock, NullLogger<NudgeScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        Assert.False(outbox.Wake.TryPeek(out _)); // 08:59:30: the first round found nothing due
        world.Clock.Advance(NudgeScheduler.Every);
        await outbox.Wake.ReadAsync().AsTask().WaitAsync(Patience);
        await scheduler.StopAsync(CancellationToken.None);

        var handedOver = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(Lee.Id, handedOver.Key.Recipient);
    }
}
