using ChatCoach.Nudges.Storage;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Nudges.Tests;

public sealed class NudgeStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly Period October = new(2026, 10);
    private static readonly DeliveryKey Nudge = new(Acme, DeliveryKind.Nudge, Dana.Id, "2026-10", "2026-11-23T09:00:00Z");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_many_claimants_on_separate_connections_exactly_one_wins(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => new SqlNudgeStore(db.Reopen()).TryClaimAsync(Nudge, $"host-{i}", "cost-per-qualified-opp", Now, Now.AddMinutes(2), None))));

        Assert.Single(claims, won => won);
        var row = Assert.Single(await new SqlNudgeStore(db.Database).DeliveriesAsync(Acme, Now.AddDays(-1), None));
        Assert.Equal((DeliveryStatus.Sending, 1, "cost-per-qualified-opp"), (row.Status, row.Attempts, row.Contents));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_sent_message_is_never_claimed_again(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlNudgeStore(db.Database);
        await store.TryClaimAsync(Nudge, "a", "", Now, Now.AddMinutes(2), None);

        await store.RecordOutcomeAsync(Nudge, DeliveryStatus.Sent, null, Now, null, None);

        Assert.False(await store.TryClaimAsync(Nudge, "b", "", Now.AddDays(1), Now.AddDays(1), None));
        Assert.Equal(DeliveryStatus.Sent, (await store.DeliveriesAsync(Acme, Now.AddDays(-1), None)).Single().Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_claim_whose_holder_died_is_taken_over_after_the_lease(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlNudgeStore(db.Database);
        await store.TryClaimAsync(Nudge, "dead-host", "", Now, Now.AddMinutes(2), None);

        Assert.False(await store.TryClaimAsync(Nudge, "b", "", Now.AddMinutes(1), Now.AddMinutes(3), None));
        Assert.True(await store.TryClaimAsync(Nudge, "b", "", Now.AddMinutes(3), Now.AddMinutes(5), None));
        Assert.Equal(2, (await store.DeliveriesAsync(Acme, Now.AddDays(-1), None)).Single().Attempts);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_transient_failure_is_claimable_again_once_its_retry_is_due_and_a_permanent_one_never(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlNudgeStore(db.Database);
        await store.TryClaimAsync(Nudge, "a", "", Now, Now.AddMinutes(2), None);
        await store.RecordOutcomeAsync(Nudge, DeliveryStatus.Retry, "ratelimited", Now, Now.AddMinutes(1), None);

        Assert.False(await store.TryClaimAsync(Nudge, "a", "", Now.AddSeconds(30), Now.AddMinutes(2), None));
        Assert.True(await store.TryClaimAsync(Nudge, "a", "", Now.AddMinutes(1), Now.AddMinutes(3), None));
        await store.RecordOutcomeAsync(Nudge, DeliveryStatus.Failed, "user_not_found", Now.AddMinutes(1), null, None);

        Assert.False(await store.TryClaimAsync(Nudge, "a", "", Now.AddDays(1), Now.AddDays(1), None));
        var row = (await store.DeliveriesAsync(Acme, Now.AddDays(-1), None)).Single();
        Assert.Equal((DeliveryStatus.Failed, "user_not_found"), (row.Status, row.Detail));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Snoozes_keep_the_latest_request_and_escalations_are_recorded_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlNudgeStore(db.Database);

        await store.SnoozeAsync(Acme, new Snooze(Dana, October, Now.AddDays(3), Now), None);
        await store.SnoozeAsync(Acme, new Snooze(Dana, October, Now.AddDays(1), Now.AddHours(1)), None);
        var first = await store.TryEscalateAsync(Acme, new Escalation("cost-per-qualified-opp", October, Dana, 2, Now), None);
        var again = await store.TryEscalateAsync(Acme, new Escalation("cost-per-qualified-opp", October, Dana, 3, Now.AddDays(7)), None);

        Assert.Equal(Now.AddDays(1), Assert.Single(await store.SnoozesAsync(Acme, None)).Until);
        Assert.True(first);
        Assert.False(again);
        Assert.Equal(2, Assert.Single(await store.EscalationsAsync(Acme, None)).TimesAsked);
        Assert.Empty(await store.EscalationsAsync(new WorkspaceId("slack:TOTHER"), None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_scoreboard_channel_is_one_per_workspace_and_workspaces_are_listed(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlNudgeStore(db.Database);
        await new SqlScoreboardStore(db.Database, TimeProvider.System).EnsureWorkspaceAsync(Acme, None);

        await store.SetScoreboardChannelAsync(Acme, new ScoreboardChannel("slack", "C1", Dana, Now), None);
        await store.SetScoreboardChannelAsync(Acme, new ScoreboardChannel("slack", "C2", Dana, Now.AddHours(1)), None);

        Assert.Equal("C2", (await store.ScoreboardChannelAsync(Acme, None))!.ConversationId);
        Assert.Null(await store.ScoreboardChannelAsync(new WorkspaceId("slack:TOTHER"), None));
        Assert.Equal([Acme], await store.WorkspacesAsync(None));
    }
}
