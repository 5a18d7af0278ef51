using ChatCoach.Domain.Installations;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using ChatCoach.TestSupport;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Storage.Sql;
using static ChatCoach.Nudges.Tests.NudgeWorld;

namespace ChatCoach.Nudges.Tests;

/// <summary>
/// The scheduler's fan-out: exactly one nudge per owner and occasion across repeated rounds, a
/// crash mid-fan-out and two hosts on one database (SQLite and PostgreSQL); retries, failure
/// reports, escalation, the digest, and workspaces that do not wait for each other.
/// Still to come once the Slack and Teams adapters are merged: the same journey end to end against
/// their fake platform servers (Kestrel on 127.0.0.1:0), replacing <see cref="FakeProactiveChannel"/>.
/// </summary>
public sealed class FanOutTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<NudgeWorld> BoardAsync(string provider = TestDatabases.Sqlite, DateTimeOffset? start = null)
    {
        var world = await CreateAsync(provider, start);
        await world.SeedAsync(Acme, ("cost-per-qualified-opp", Dana), ("win-rate-non-price", Dana), ("proof-shipped", Lee), ("spend-traceable", Admin));
        return world;
    }

    [Fact]
    public async Task An_uninstalled_workspace_gets_no_nudges_while_the_others_still_do()
    {
        await using var world = await BoardAsync();
        await world.SeedAsync(Globex, ("proof-shipped", Lee));

        await world.Host(new OnlySlackTeam("TGLOBEX")).RunRoundAsync(None);

        Assert.All(world.Slack.Delivered, d => Assert.Equal(Globex, d.Workspace));
        Assert.Single(world.Slack.Delivered);
        Assert.Empty(await world.DeliveriesAsync(Acme));
    }

    /// <summary>Slack's answer when only one team still has ChatCoach installed.</summary>
    private sealed class OnlySlackTeam(string team) : IWorkspaceConnection
    {
        public string Channel => "slack";

        public Task<bool> IsConnectedAsync(WorkspaceId workspace, CancellationToken cancellationToken) => Task.FromResult(workspace.Value == $"slack:{team}");
    }

    [Fact]
    public async Task Each_owner_gets_one_direct_message_listing_exactly_their_missing_indicators_with_inputs()
    {
        await using var world = await BoardAsync();
        await world.RecordAsync(Acme, "win-rate-non-price", 31, October);

        await world.Host().RunRoundAsync(None);
        await world.Host().RunRoundAsync(None);

        var dana = Assert.Single(world.Slack.To(Dana.Id));
        Assert.Equal(["cost-per-qualified-opp"], dana.Reply.Parts.OfType<InputRequest>().Select(i => i.IndicatorKey));
        Assert.Contains("missing 1 value you own for October 2026", dana.Text);
        Assert.DoesNotContain("Win rate", dana.Text);
        Assert.Single(world.Slack.To(Lee.Id));
        Assert.Equal(3, world.Slack.Delivered.Count);
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task Nothing_is_sent_between_occasions_or_before_the_schedule_fires()
    {
        await using var world = await BoardAsync(start: Monday.AddMinutes(-1));

        await world.Host().RunRoundAsync(None);
        world.Clock.SetUtcNow(Monday.AddDays(2));
        await world.Host().RunRoundAsync(None);

        Assert.Empty(world.Slack.Delivered);
    }

    [Fact]
    public async Task A_round_with_nothing_new_to_hand_over_writes_nothing()
    {
        await using var world = await BoardAsync();
        var database = world.Database.Reopen();
        var transactions = new CountingUnitOfWork(database);
        var dispatcher = world.Dispatcher(database, world.Outbox(database), transactions);

        await dispatcher.RunRoundAsync(None);
        var first = transactions.Count;
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.RunRoundAsync(None);

        Assert.Equal(3, first); // one hand-over per owner: Admin, Dana, Lee
        Assert.Equal(first, transactions.Count);
    }

    private sealed class CountingUnitOfWork(IUnitOfWork inner) : IUnitOfWork
    {
        public int Count { get; private set; }

        public Task InOneTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
        {
            Count++;
            return inner.InOneTransactionAsync(work, cancellationToken);
        }
    }

    [Fact]
    public async Task A_console_owner_is_never_sent_a_direct_message()
    {
        await using var world = await BoardAsync();
        await world.Board.SetOwnerAsync(Acme, "result-to-proof-days", UserRef.Local("sam"), new(Admin, Monday, "test"), None);

        await world.Host().RunRoundAsync(None);

        Assert.DoesNotContain(world.Slack.Delivered, s => s.Recipient == "local:sam");
        Assert.DoesNotContain(await world.DeliveriesAsync(), d => d.Key.Recipient == "local:sam");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_crash_mid_fan_out_neither_repeats_nor_loses_a_nudge_after_the_restart(string provider)
    {
        await using var world = await BoardAsync(provider);
        // A host handed the round's nudges to its outbox and died while sending Lee's: its claim is
        // held and nothing was recorded.
        await world.Dispatcher().RunRoundAsync(None);
        var lee = (await world.DeliveriesAsync()).Single(d => d.Key.Recipient == Lee.Id);
        var now = world.Clock.GetUtcNow();
        Assert.True(await new SqlOutboxStore(world.Database.Database).TryClaimAsync(NudgeOutbox.KeyOf(lee.Key), "dead-host", now, now + OutboxProcessor.Lease, None));

        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Host().RunRoundAsync(None);
        Assert.Equal([Admin.Id, Dana.Id], world.Slack.Delivered.Select(s => s.Recipient).Order());

        world.Clock.Advance(OutboxProcessor.Lease);
        await world.Host().RunRoundAsync(None);
        await world.Host().RunRoundAsync(None);

        Assert.Equal([Admin.Id, Dana.Id, Lee.Id], world.Slack.Delivered.Select(s => s.Recipient).Order());
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_scheduler_instances_on_one_database_send_each_nudge_once(string provider)
    {
        await using var world = await BoardAsync(provider);
        await world.SeedAsync(Globex, ("proof-shipped", Dana));
        await world.SetScoreboardChannelAsync(Acme);
        var first = world.Host();
        var second = world.Host();

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Task.Run(() => first.RunRoundAsync(None)), Task.Run(() => second.RunRoundAsync(None)));
        }

        var perRecipient = world.Slack.Delivered.GroupBy(s => (s.Workspace, s.Recipient)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, perRecipient.Count);
        Assert.All(perRecipient.Values, count => Assert.Equal(1, count));
        Assert.Contains((Acme, "conversation:CSCORE"), perRecipient.Keys);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_after_a_backoff_and_then_sent_once()
    {
        await using var world = await BoardAsync();
        world.Slack.Script(Lee.Id, DeliveryOutcome.TransientFailure);

        await world.Host().RunRoundAsync(None);
        Assert.Equal(DeliveryStatus.Retry, (await world.DeliveriesAsync()).Single(d => d.Key.Recipient == Lee.Id).Status);
        await world.Host().RunRoundAsync(None);
        Assert.Empty(world.Slack.To(Lee.Id));

        world.Clock.Advance(TimeSpan.FromSeconds(10));
        await world.Host().RunRoundAsync(None);
        await world.Host().RunRoundAsync(None);

        Assert.Single(world.Slack.To(Lee.Id));
        var record = (await world.DeliveriesAsync()).Single(d => d.Key.Recipient == Lee.Id);
        Assert.Equal((DeliveryStatus.Sent, 2), (record.Status, record.Attempts));
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried_and_is_reported_to_the_admins_once()
    {
        await using var world = await BoardAsync();
        world.Slack.Script(Lee.Id, DeliveryOutcome.PermanentFailure);

        for (var round = 0; round < 3; round++)
        {
            await world.Host().RunRoundAsync(None);
            world.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Empty(world.Slack.To(Lee.Id));
        var adminMessages = world.Slack.To(Admin.Id).Select(s => s.Text).ToList();
        var report = Assert.Single(adminMessages, t => t.Contains("couldn't deliver"));
        Assert.Contains("I couldn't deliver a weekly nudge to @ULEE (user_not_found)", report);
    }

    [Fact]
    public async Task A_send_that_keeps_failing_transiently_is_retried_for_the_whole_window_then_given_up_and_reported()
    {
        await using var world = await BoardAsync();
        world.Slack.Script(Lee.Id, Enumerable.Repeat(DeliveryOutcome.TransientFailure, 1000).ToArray());

        for (var round = 0; round < 200 && (await world.DeliveriesAsync()).SingleOrDefault(d => d.Key.Recipient == Lee.Id)?.Status != DeliveryStatus.Failed; round++)
        {
            await world.Host().RunRoundAsync(None);
            world.Clock.Advance(TimeSpan.FromMinutes(10));
        }
        await world.Host().RunRoundAsync(None); // the round after the last try reports it

        var record = (await world.DeliveriesAsync()).Single(d => d.Key.Recipient == Lee.Id);
        Assert.True(record.Status == DeliveryStatus.Failed, $"{record.Status} after {record.Attempts} attempts, created {record.CreatedAt:O}, updated {record.UpdatedAt:O}, now {world.Clock.GetUtcNow():O}");
        // Five attempts were the old limit: an outage of an hour or two no longer loses the nudge.
        Assert.True(record.Attempts > 20, $"only {record.Attempts} attempts");
        Assert.Matches("^gave up after [0-9]+ attempts over 6 hours: ratelimited$", record.Detail);
        Assert.Empty(world.Slack.To(Lee.Id));
        Assert.Single(world.Slack.To(Admin.Id), s => s.Text.Contains("gave up after"));
    }

    [Fact]
    public async Task After_two_unanswered_nudges_the_third_occasion_escalates_to_admins_and_the_scoreboard_channel_once()
    {
        // Mondays 9, 16 and 23 November: October is the reporting period throughout.
        await using var world = await BoardAsync(start: Monday.AddDays(-14));
        await world.SetScoreboardChannelAsync(Acme);
        await world.RecordAsync(Acme, "cost-per-qualified-opp", 412, October);
        await world.RecordAsync(Acme, "win-rate-non-price", 31, October);
        await world.RecordAsync(Acme, "spend-traceable", 60, October);

        foreach (var week in new[] { -14, -7, 0 })
        {
            world.Clock.SetUtcNow(Monday.AddDays(week));
            await world.Host().RunRoundAsync(None);
            await world.Host().RunRoundAsync(None);
        }

        Assert.Equal(3, world.Slack.To(Lee.Id).Count);
        var toAdmin = Assert.Single(world.Slack.To(Admin.Id));
        Assert.Contains("Referenceable proof shipped per quarter for October 2026 is still missing. @ULEE owns it and has been asked 2 times without an answer.", toAdmin.Text);
        Assert.Single(world.Slack.To("conversation:CSCORE"), s => s.Text.Contains("asked 2 times without an answer"));
        var escalation = Assert.Single(await world.Nudges.EscalationsAsync(Acme, None));
        Assert.Equal(("proof-shipped", Lee, 2), (escalation.IndicatorKey, escalation.Owner, escalation.TimesAsked));
    }

    [Fact]
    public async Task The_weekly_digest_says_what_is_in_and_what_is_missing_by_owner()
    {
        await using var world = await BoardAsync();
        await world.SetScoreboardChannelAsync(Acme);
        await world.RecordAsync(Acme, "win-rate-non-price", 31, October);
        await world.SayAsync(Lee, "not available this month because the case study is in legal review");

        await world.Host().RunRoundAsync(None);
        await world.Host().RunRoundAsync(None);

        var digest = Assert.Single(world.Slack.To("conversation:CSCORE")).Text;
        Assert.Contains("Weekly scoreboard digest — October 2026: 2 of 6 indicators reported.", digest);
        Assert.Contains("• Missing from @UDANA: Cost per qualified opportunity", digest);
        Assert.Contains("• Missing from @UADMIN: Share of marketing spend traceable to pipeline and revenue", digest);
        Assert.Contains("• Missing, no owner: Time from customer result to published proof, Time from customer signal to offer change", digest);
        Assert.Contains("• Not available: Referenceable proof shipped per quarter (the case study is in legal review)", digest);
        var panel = Assert.Single(Assert.Single(world.Slack.To("conversation:CSCORE")).Reply.Parts.OfType<ChatCoach.Domain.Conversation.Picture>());
        Assert.Contains("Win rate on deals decided by more than price: latest 31% (Oct 2026)", panel.AltText);
    }

    [Fact]
    public async Task A_slow_workspace_does_not_hold_up_the_others()
    {
        await using var world = await BoardAsync();
        await world.SeedAsync(Globex, ("proof-shipped", Dana));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var globexServed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Slack.BeforeSend = async (workspace, _, token) =>
        {
            if (workspace == Acme)
            {
                await release.Task.WaitAsync(token);
            }
            else
            {
                globexServed.TrySetResult();
            }
        };

        var round = world.Host().RunRoundAsync(None);
        await globexServed.Task.WaitAsync(Patience);
        await Task.Yield();

        Assert.False(round.IsCompleted);
        release.SetResult();
        await round.WaitAsync(Patience);
        Assert.Equal(4, world.Slack.Delivered.Count);
    }
}
