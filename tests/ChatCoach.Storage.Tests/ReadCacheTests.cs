using ChatCoach.Readiness;
using ChatCoach.Readiness.Storage;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// The standing's reads and "is a survey open" are kept per host while the workspace's version holds
/// (migration 12). Each test has two hosts — two stores on two connections to one database — and
/// writes through one while the other holds a copy.
/// </summary>
public sealed class ReadCacheTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string WinRate = DefaultScoreboard.Indicators.Single(i => i.Key == "win-rate-non-price").Name;
    private static readonly ChangeStamp Stamp = new(Dana, Now, "slack");

    private static NewValue Cost(decimal value) =>
        new("cost-per-qualified-opp", Period.Parse("2026-10"), ValueKind.Value, value, Dana, Now, "slack", null);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_value_recorded_on_one_host_is_in_the_next_read_on_another_that_holds_a_copy(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (here, there) = (new SqlScoreboardStore(db.Database, TimeProvider.System), new SqlScoreboardStore(db.Reopen(), TimeProvider.System));
        await here.EnsureWorkspaceAsync(Acme, None);
        await here.RecordAsync(Acme, Cost(400m), None);
        Assert.Equal(400m, Assert.Single(await there.LatestValuesAsync(Acme, None)).Value);

        await here.RecordAsync(Acme, Cost(380m), None);

        var latest = Assert.Single(await there.LatestValuesAsync(Acme, None));
        Assert.Equal((380m, 2), (latest.Value, latest.Revision));
    }

    /// <summary>A write from a flow that is not in the test's turn (another host's, or another request's).</summary>
    private static async Task RecordElsewhereAsync(SqlScoreboardStore store, NewValue value)
    {
        Task write;
        using (ExecutionContext.SuppressFlow())
        {
            write = Task.Run(() => store.RecordAsync(Acme, value, None));
        }
        await write;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_indicators_history_is_kept_while_the_version_holds_and_a_write_on_another_host_is_in_the_next_read(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (here, there) = (new SqlScoreboardStore(db.Database, TimeProvider.System), new SqlScoreboardStore(db.Reopen(), TimeProvider.System));
        await here.EnsureWorkspaceAsync(Acme, None);
        await here.RecordAsync(Acme, Cost(400m), None);
        var first = await there.HistoryAsync(Acme, "cost-per-qualified-opp", None);
        Assert.Empty(await there.HistoryAsync(Acme, "win-rate-non-price", None));

        Assert.Same(first, await there.HistoryAsync(Acme, "cost-per-qualified-opp", None));
        await here.RecordAsync(Acme, Cost(380m), None);

        var after = await there.HistoryAsync(Acme, "cost-per-qualified-opp", None);
        Assert.Equal([(380m, 2), (400m, 1)], after.Select(v => (v.Value, v.Revision)));
        Assert.Empty(await there.HistoryAsync(Acme, "win-rate-non-price", None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_turns_reads_share_its_first_look_at_the_versions_and_the_next_turn_looks_again(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (here, there) = (new SqlScoreboardStore(db.Database, TimeProvider.System), new SqlScoreboardStore(db.Reopen(), TimeProvider.System));
        await here.EnsureWorkspaceAsync(Acme, None);
        await here.RecordAsync(Acme, Cost(400m), None);

        IReadOnlyList<RecordedValue> first, second;
        using (TurnAmbient.Turn())
        {
            first = await here.LatestValuesAsync(Acme, None);
            await RecordElsewhereAsync(there, Cost(380m));
            second = await here.LatestValuesAsync(Acme, None);
        }
        var nextTurn = await here.LatestValuesAsync(Acme, None);

        // One look per turn: the turn reads the database as of its first read, which is after the
        // message that started it; the next turn sees what was written since.
        Assert.Same(first, second);
        Assert.Equal(380m, Assert.Single(nextTurn).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_databases_read_in_one_turn_never_share_a_lookup(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (here, there) = (new SqlScoreboardStore(db.Database, TimeProvider.System), new SqlScoreboardStore(db.Reopen(), TimeProvider.System));
        await here.EnsureWorkspaceAsync(Acme, None);
        await here.RecordAsync(Acme, Cost(400m), None);
        Assert.Single(await there.LatestValuesAsync(Acme, None));

        using var turn = TurnAmbient.Turn();
        await here.LatestValuesAsync(Acme, None);
        await RecordElsewhereAsync(here, Cost(380m));

        // "there" holds a copy from before the write; "here"'s lookup in this turn must not vouch for it.
        Assert.Equal(380m, Assert.Single(await there.LatestValuesAsync(Acme, None)).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_turn_reads_its_own_writes(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var here = new SqlScoreboardStore(db.Database, TimeProvider.System);
        var readiness = new SqlReadinessStore(db.Database);
        await here.EnsureWorkspaceAsync(Acme, None);
        await here.RecordAsync(Acme, Cost(400m), None);

        using var turn = TurnAmbient.Turn();
        Assert.Equal(400m, Assert.Single(await here.LatestValuesAsync(Acme, None)).Value);
        Assert.Null(await readiness.OpenSurveyAsync(Acme, None));
        await here.RecordAsync(Acme, Cost(380m), None);

        Assert.Equal(380m, Assert.Single(await here.LatestValuesAsync(Acme, None)).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Board_changes_on_one_host_reach_another_hosts_copy_of_the_indicators(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var here = new SqlScoreboardStore(db.Database, TimeProvider.System);
        var there = new SqlScoreboardStore(db.Reopen(), TimeProvider.System);
        var board = new SqlBoardStore(db.Database);
        await here.EnsureWorkspaceAsync(Acme, None);
        Assert.Equal(6, (await there.IndicatorsAsync(Acme, None)).Count);

        await board.RenameAsync(Acme, "win-rate-non-price", "Competitive win rate", Stamp, None);
        await board.RetireAsync(Acme, "proof-shipped", Stamp, None);
        await board.SetTargetAsync(Acme, "cost-per-qualified-opp", 350m, Stamp, None);

        var active = await there.IndicatorsAsync(Acme, None);
        Assert.Equal(5, active.Count);
        Assert.Equal("Competitive win rate", active.Single(i => i.Key == "win-rate-non-price").Name);
        Assert.Equal(350m, active.Single(i => i.Key == "cost-per-qualified-opp").Target);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_erased_workspace_seen_again_never_meets_the_copy_from_before(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var here = new SqlScoreboardStore(db.Database, TimeProvider.System);
        var there = new SqlScoreboardStore(db.Reopen(), TimeProvider.System);
        await here.EnsureWorkspaceAsync(Acme, None);
        await here.RecordAsync(Acme, Cost(400m), None);
        Assert.Single(await there.LatestValuesAsync(Acme, None));

        await new SqlWorkspaceDataEraser(db.Database).EraseAsync(Acme, None);
        Assert.Empty(await there.LatestValuesAsync(Acme, None));
        await here.EnsureWorkspaceAsync(Acme, None);

        Assert.Empty(await there.LatestValuesAsync(Acme, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_survey_opened_or_closed_on_one_host_is_seen_by_another(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await new SqlScoreboardStore(db.Database, TimeProvider.System).EnsureWorkspaceAsync(Acme, None);
        var (here, there) = (new SqlReadinessStore(db.Database), new SqlReadinessStore(db.Reopen()));
        Assert.Null(await there.OpenSurveyAsync(Acme, None));

        var survey = (await here.TryOpenAsync(new Survey(0, Acme, "slack", "C1", SurveyMode.Individual, true, Dana, Now, Now.AddDays(7)), None))!;
        Assert.Equal(survey.Id, (await there.OpenSurveyAsync(Acme, None))?.Id);

        await here.TryCloseAsync(survey.Id, Dana, Now.AddHours(1), None);
        Assert.Null(await there.OpenSurveyAsync(Acme, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task While_the_version_holds_a_host_answers_from_its_copy(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlScoreboardStore(db.Database, TimeProvider.System);
        await store.EnsureWorkspaceAsync(Acme, None);
        Assert.Equal(WinRate, (await store.IndicatorsAsync(Acme, None)).Single(i => i.Key == "win-rate-non-price").Name);

        // Behind the cache's back: change a row, then put the version back as if nothing was written.
        await using (var connection = await db.Database.OpenAsync(None))
        {
            var version = await ScoreboardVersionAsync(db, Acme);
            await connection.ExecuteAsync("UPDATE indicators SET name = 'Changed' WHERE workspace_id = 'slack:TACME' AND key = 'win-rate-non-price'", None);
            await connection.ExecuteAsync("UPDATE workspaces SET scoreboard_version = @v WHERE id = 'slack:TACME'", None, ("@v", version));
        }

        Assert.Equal(WinRate, (await store.IndicatorsAsync(Acme, None)).Single(i => i.Key == "win-rate-non-price").Name);
        Assert.Equal("Changed", (await new SqlScoreboardStore(db.Reopen(), TimeProvider.System).IndicatorsAsync(Acme, None)).Single(i => i.Key == "win-rate-non-price").Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Version_lookups_made_together_each_get_their_own_workspace(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlScoreboardStore(db.Database, TimeProvider.System);
        var globex = new WorkspaceId("slack:TGLOBEX");
        await store.EnsureWorkspaceAsync(Acme, None);
        await store.EnsureWorkspaceAsync(globex, None);
        await store.RecordAsync(Acme, Cost(400m), None);

        var lookups = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => db.Database.Versions.OfAsync(i % 3 == 0 ? Acme.Value : i % 3 == 1 ? globex.Value : "slack:TNOBODY"))));

        Assert.All(lookups.Where((_, i) => i % 3 == 0), v => Assert.Equal(lookups[0], v));
        Assert.All(lookups.Where((_, i) => i % 3 == 1), v => Assert.Equal(lookups[1], v));
        Assert.All(lookups.Where((_, i) => i % 3 == 2), Assert.Null);
        Assert.Equal(await ScoreboardVersionAsync(db, Acme), lookups[0]!.Scoreboard);
        Assert.Equal(await ScoreboardVersionAsync(db, globex), lookups[1]!.Scoreboard);
    }

    private static Task<long> ScoreboardVersionAsync(TestDatabase db, WorkspaceId workspace) => ScoreboardVersionAsync(db.Database, workspace);

    /// <summary>The workspace's scoreboard version as the database holds it now.</summary>
    internal static async Task<long> ScoreboardVersionAsync(Database database, WorkspaceId workspace)
    {
        await using var connection = await database.OpenAsync(None);
        return (await connection.QueryAsync("SELECT scoreboard_version FROM workspaces WHERE id = @ws", r => Convert.ToInt64(r.GetValue(0)), None,
            ("@ws", workspace.Value))).Single();
    }
}
