using ChatCoach.Nudges.Jobs;
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

    private static readonly string Outboxed = NudgeOutbox.KeyOf(Nudge);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_many_hosts_handing_one_message_over_on_separate_connections_exactly_one_wins(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);

        var handed = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => new SqlNudgeStore(db.Reopen()).HandOverAsync(Nudge, Outboxed, ["cost-per-qualified-opp", "win-rate-non-price"], Now, None))));

        Assert.Single(handed, won => won);
        var row = Assert.Single(await new SqlNudgeStore(db.Database).DeliveriesAsync(Acme, Now.AddDays(-1), None));
        Assert.Equal((DeliveryStatus.Sending, 0), (row.Status, row.Attempts));
        Assert.Equal(["cost-per-qualified-opp", "win-rate-non-price"], row.IndicatorKeys);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_outboxs_outcomes_land_on_the_message_they_belong_to_and_a_delivered_one_is_never_handed_over_again(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlNudgeStore(db.Database);
        await store.HandOverAsync(Nudge, Outboxed, [], Now, None);
        var other = Nudge with { Recipient = "slack:ULEE" };
        await store.HandOverAsync(other, NudgeOutbox.KeyOf(other), [], Now, None);

        await store.RecordOutcomeAsync(Outboxed, DeliveryStatus.Retry, 1, "ratelimited", Now.AddMinutes(1), None);
        await store.RecordOutcomeAsync(Outboxed, DeliveryStatus.Failed, 2, "user_not_found", Now.AddMinutes(2), None);

        Assert.False(await store.HandOverAsync(Nudge, Outboxed, [], Now.AddDays(1), None));
        var rows = (await store.DeliveriesAsync(Acme, Now.AddDays(-1), None)).ToDictionary(r => r.Key.Recipient);
        Assert.Equal((DeliveryStatus.Failed, 2, "user_not_found"), (rows[Dana.Id].Status, rows[Dana.Id].Attempts, rows[Dana.Id].Detail));
        Assert.Equal((DeliveryStatus.Sending, 0), (rows["slack:ULEE"].Status, rows["slack:ULEE"].Attempts));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_message_the_claiming_loop_left_retrying_before_the_upgrade_is_handed_to_the_outbox_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await using (var connection = await db.Database.OpenAsync(None))
        {
            await connection.ExecuteAsync(
            """
            INSERT INTO nudge_deliveries (workspace_id, kind, recipient, subject, occasion, status, attempts, contents, retry_at, created_at, updated_at)
            VALUES (@ws, 'Nudge', @recipient, @subject, @occasion, 'Retry', 3, 'cost-per-qualified-opp', @now, @now, @now)
            """,
            None, ("@ws", Acme.Value), ("@recipient", Dana.Id), ("@subject", Nudge.Subject), ("@occasion", Nudge.Occasion), ("@now", SqlCommands.Timestamp(Now)));
        }
        var store = new SqlNudgeStore(db.Database);

        Assert.True(await store.HandOverAsync(Nudge, Outboxed, ["cost-per-qualified-opp"], Now.AddMinutes(5), None));
        Assert.False(await store.HandOverAsync(Nudge, Outboxed, ["cost-per-qualified-opp"], Now.AddMinutes(6), None));
        await store.RecordOutcomeAsync(Outboxed, DeliveryStatus.Sent, 1, null, Now.AddMinutes(7), None);

        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await store.DeliveriesAsync(Acme, Now.AddDays(-1), None)).Status);
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
