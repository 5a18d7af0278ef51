using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class ScoreboardStoreTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly WorkspaceId Globex = new("slack:TGLOBEX");
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static SqlScoreboardStore Store(Database database) => new(database, TimeProvider.System);

    private static SqlBoardStore Board(Database database) => new(database);

    private static NewValue Cost(decimal value, string period = "2026-10", string? note = null) =>
        new("cost-per-qualified-opp", Period.Parse(period), ValueKind.Value, value, Dana, Now, "slack", note);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_new_workspace_is_seeded_with_the_default_six_rows_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);

        await store.EnsureWorkspaceAsync(Acme, None);
        await store.EnsureWorkspaceAsync(Acme, None);

        var keys = (await store.IndicatorsAsync(Acme, None)).Select(i => i.Key);
        Assert.Equal(DefaultScoreboard.Indicators.Select(i => i.Key), keys);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Seeding_the_same_workspace_from_many_callers_at_once_seeds_it_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.EnsureWorkspaceAsync(Acme, None))));

        Assert.Equal(6, (await store.IndicatorsAsync(Acme, None)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Recorded_values_keep_their_provenance(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.EnsureWorkspaceAsync(Acme, None);

        var stored = await store.RecordAsync(Acme, Cost(412.5m, note: "from the CRM export"), None);

        var latest = Assert.Single(await store.LatestValuesAsync(Acme, None));
        Assert.Equal(stored, latest);
        Assert.Equal(412.5m, latest.Value);
        Assert.Equal(Dana, latest.RecordedBy);
        Assert.Equal(Now, latest.RecordedAt);
        Assert.Equal("slack", latest.Channel);
        Assert.Equal("from the CRM export", latest.Note);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_correction_adds_a_revision_and_keeps_the_old_one(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.EnsureWorkspaceAsync(Acme, None);

        await store.RecordAsync(Acme, Cost(412), None);
        var correction = await store.RecordAsync(Acme, Cost(400), None);

        Assert.Equal(2, correction.Revision);
        Assert.Equal(400, Assert.Single(await store.LatestValuesAsync(Acme, None)).Value);
        var history = await store.HistoryAsync(Acme, "cost-per-qualified-opp", None);
        Assert.Equal([400m, 412m], history.Select(h => h.Value!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_corrections_each_get_their_own_revision(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.EnsureWorkspaceAsync(Acme, None);

        // More writers than a handful of retries could absorb: each round of the race only one wins,
        // so a writer that kept losing used to give up with a unique violation (a lost correction).
        const int writers = 40;
        await Task.WhenAll(Enumerable.Range(1, writers).Select(i => Task.Run(() => store.RecordAsync(Acme, Cost(i), None))));

        var revisions = (await store.HistoryAsync(Acme, "cost-per-qualified-opp", None)).Select(h => h.Revision).Order();
        Assert.Equal(Enumerable.Range(1, writers), revisions);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task One_workspace_never_sees_or_changes_another_workspaces_rows(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.EnsureWorkspaceAsync(Acme, None);
        await store.EnsureWorkspaceAsync(Globex, None);
        var stamp = new ChangeStamp(Dana, Now, "slack");

        await store.RecordAsync(Acme, Cost(412), None);
        await Board(db.Database).SetOwnerAsync(Acme, "win-rate-non-price", Dana, stamp, None);
        await Board(db.Database).SetTargetAsync(Acme, "win-rate-non-price", 35, stamp, None);

        Assert.Empty(await store.LatestValuesAsync(Globex, None));
        Assert.Empty(await store.HistoryAsync(Globex, "cost-per-qualified-opp", None));
        var globexWinRate = (await store.IndicatorsAsync(Globex, None)).Single(i => i.Key == "win-rate-non-price");
        Assert.Null(globexWinRate.Owner);
        Assert.Null(globexWinRate.Target);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Owner_and_target_changes_are_stored(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.EnsureWorkspaceAsync(Acme, None);
        var stamp = new ChangeStamp(Dana, Now, "slack");

        await Board(db.Database).SetOwnerAsync(Acme, "win-rate-non-price", Dana, stamp, None);
        await Board(db.Database).SetTargetAsync(Acme, "win-rate-non-price", 35.5m, stamp, None);
        await Board(db.Database).SetTargetAsync(Acme, "proof-shipped", null, stamp, None);

        var winRate = (await store.IndicatorsAsync(Acme, None)).Single(i => i.Key == "win-rate-non-price");
        Assert.Equal(Dana, winRate.Owner);
        Assert.Equal(35.5m, winRate.Target);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Changing_an_unknown_indicator_fails_and_changes_nothing(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.EnsureWorkspaceAsync(Acme, None);

        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Board(db.Database).SetOwnerAsync(Acme, "no-such-row", Dana, new ChangeStamp(Dana, Now, "slack"), None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Everything_survives_a_restart(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var first = Store(db.Database);
        await first.EnsureWorkspaceAsync(Acme, None);
        await first.RecordAsync(Acme, Cost(412), None);
        await Board(db.Database).SetOwnerAsync(Acme, "cost-per-qualified-opp", Dana, new ChangeStamp(Dana, Now, "slack"), None);

        // A new Database and store over the same file, as after a process restart; migrating again is a no-op.
        var restarted = Store(db.Reopen());

        Assert.Equal(412, Assert.Single(await restarted.LatestValuesAsync(Acme, None)).Value);
        Assert.Equal(Dana, (await restarted.IndicatorsAsync(Acme, None)).Single(i => i.Key == "cost-per-qualified-opp").Owner);
    }
}
