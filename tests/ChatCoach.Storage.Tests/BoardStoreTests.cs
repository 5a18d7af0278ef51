using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class BoardStoreTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly WorkspaceId Globex = new("slack:TGLOBEX");
    private static readonly UserRef Admin = new("slack:UADMIN");
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static ChangeStamp At(int minutes) => new(Admin, Now.AddMinutes(minutes), "slack");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Added_renamed_retired_and_restored_rows_are_stored_and_every_change_is_logged_in_its_workspace_only(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var scoreboard = new SqlScoreboardStore(db.Database, TimeProvider.System);
        var board = new SqlBoardStore(db.Database);
        await scoreboard.EnsureWorkspaceAsync(Acme, None);
        await scoreboard.EnsureWorkspaceAsync(Globex, None);

        await board.AddIndicatorAsync(Acme, new Indicator("analyst-mentions", "Analyst mentions", Unit.Count, BetterWhen.Higher, "Category share", Why: "analysts shape the shortlist"), At(0), None);
        await board.RenameAsync(Acme, "analyst-mentions", "Analyst citations", At(1), None);
        await board.RetireAsync(Acme, "proof-shipped", At(2), None);

        var active = await scoreboard.IndicatorsAsync(Acme, None);
        Assert.DoesNotContain(active, i => i.Key == "proof-shipped");
        var added = Assert.Single(active, i => i.Key == "analyst-mentions");
        Assert.Equal(("Analyst citations", 7, "analysts shape the shortlist"), (added.Name, added.Position, added.Why));
        Assert.Equal(Now.AddMinutes(2), (await scoreboard.AllIndicatorsAsync(Acme, None)).Single(i => i.Key == "proof-shipped").RetiredAt);

        await board.RestoreAsync(Acme, "proof-shipped", At(3), None);

        Assert.Contains(await scoreboard.IndicatorsAsync(Acme, None), i => i.Key == "proof-shipped");
        var log = await board.ChangesAsync(Acme, 10, None);
        Assert.Equal(["retired_at", "retired_at", "name", "added"], log.Select(c => c.Field));
        Assert.Equal((null, "Analyst citations"), (log[3].OldValue, log[2].NewValue));
        Assert.All(log, c => Assert.Equal(Admin, c.ChangedBy));
        Assert.Empty(await board.ChangesAsync(Globex, 10, None));
        Assert.Equal(6, (await scoreboard.IndicatorsAsync(Globex, None)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_lagging_value_correction_is_a_new_revision_and_the_latest_per_quarter_wins(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var lagging = new SqlLaggingStore(db.Database);
        var q3 = new Quarter(2026, 3);

        await lagging.RecordLaggingAsync(Acme, new NewLaggingValue("pipeline", "Pipeline", q3, 1_200_000m, Unit.Number, Admin, Now, "slack"), None);
        var correction = await lagging.RecordLaggingAsync(Acme, new NewLaggingValue("pipeline", "Pipeline", q3, 1_250_000m, Unit.Currency, Dana, Now.AddDays(1), "teams", "from the CRM"), None);
        await lagging.RecordLaggingAsync(Acme, new NewLaggingValue("pipeline", "Pipeline", q3.Previous, 900_000m, Unit.Currency, Admin, Now, "slack"), None);

        Assert.Equal(2, correction.Revision);
        var history = await lagging.LaggingHistoryAsync(Acme, "pipeline", None);
        Assert.Equal([1_250_000m, 1_200_000m, 900_000m], history.Select(v => v.Value));
        Assert.Equal(correction, history[0]);
        var latest = (await lagging.LatestLaggingAsync(Acme, None)).OrderByDescending(v => v.Quarter.ToString()).ToList();
        Assert.Equal([(q3, 1_250_000m), (q3.Previous, 900_000m)], latest.Select(v => (v.Quarter, v.Value)));
        Assert.Empty(await lagging.LatestLaggingAsync(Globex, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_export_imported_into_another_database_keeps_every_revision_and_importing_it_again_adds_nothing(string provider)
    {
        await using var source = await TestDatabases.CreateAsync(provider);
        await using var target = await TestDatabases.CreateAsync(provider);
        var from = Transfer(source.Database, out var fromStore);
        await fromStore.EnsureWorkspaceAsync(Acme, None);
        await fromStore.RecordAsync(Acme, new NewValue("cost-per-qualified-opp", new Period(2026, 10), ValueKind.Value, 412m, Dana, Now, "slack", "CRM, \"final\""), None);
        await fromStore.RecordAsync(Acme, new NewValue("cost-per-qualified-opp", new Period(2026, 10), ValueKind.Value, 400m, Admin, Now.AddHours(1), "console"), None);
        await fromStore.RecordAsync(Acme, new NewValue("win-rate-non-price", new Period(2026, 9), ValueKind.NotAvailable, null, Dana, Now, "slack", "no deals closed"), None);
        var csv = await from.ExportAsync(Acme, None);

        var to = Transfer(target.Database, out var toStore);
        var importer = UserRef.Local("ops");
        var plan = await to.PlanAsync(csv, "acme.csv", importer, Now.AddDays(30), None);
        await to.StoreAsync(plan, None);

        Assert.Empty(plan.Problems);
        var history = await toStore.HistoryAsync(Acme, "cost-per-qualified-opp", None);
        Assert.Equal([(400m, Admin, Now.AddHours(1)), (412m, Dana, Now)], history.Select(v => (v.Value!.Value, v.RecordedBy, v.RecordedAt)));
        Assert.Equal("imported by local:ops at 2026-12-03 09:30 UTC from acme.csv; CRM, \"final\"", history[1].Note);
        Assert.Equal(ValueKind.NotAvailable, Assert.Single(await toStore.HistoryAsync(Acme, "win-rate-non-price", None)).Kind);

        var again = await to.PlanAsync(csv, "acme.csv", importer, Now.AddDays(31), None);
        Assert.Equal((0, 3), (again.Count, again.AlreadyThere));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_file_with_a_bad_row_names_its_line_and_nothing_of_it_is_stored(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var transfer = Transfer(db.Database, out var store);
        var csv = string.Join("\n",
            string.Join(',', ScoreboardCsv.Header),
            "slack:TACME,cost-per-qualified-opp,Cost,currency,2026-09,1,value,455,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,win-rate-non-price,Win rate,percent,2026-09,1,value,131,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,no-such-row,Nope,count,2026-09,1,value,3,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,proof-shipped,Proof,count,2026-13,1,value,3,slack:UDANA,2026-10-03T10:00:00Z,slack,");

        var plan = await transfer.PlanAsync(csv, "bad.csv", UserRef.Local("ops"), Now, None);

        Assert.Equal(3, plan.Problems.Count);
        Assert.StartsWith("line 3: A percentage can't be above 100", plan.Problems[0], StringComparison.Ordinal);
        Assert.Equal("line 4: workspace slack:TACME has no indicator 'no-such-row'.", plan.Problems[1]);
        Assert.Equal("line 5: period '2026-13' is not a month like 2026-10 or a quarter like 2026-Q3.", plan.Problems[2]);
        Assert.Empty(await store.LatestValuesAsync(Acme, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Quarterly_values_and_their_corrections_round_trip_through_the_export_with_their_provenance(string provider)
    {
        await using var source = await TestDatabases.CreateAsync(provider);
        await using var target = await TestDatabases.CreateAsync(provider);
        var from = Transfer(source.Database, out var fromStore);
        await fromStore.EnsureWorkspaceAsync(Acme, None);
        var lagging = new SqlLaggingStore(source.Database);
        var q3 = new Quarter(2026, 3);
        await lagging.RecordLaggingAsync(Acme, new NewLaggingValue("pipeline", "Pipeline", q3, 1_200_000m, Unit.Currency, Admin, Now, "slack", "from the CRM"), None);
        await lagging.RecordLaggingAsync(Acme, new NewLaggingValue("pipeline", "Pipeline", q3, 1_250_000m, Unit.Currency, Dana, Now.AddHours(2), "teams"), None);
        await fromStore.RecordAsync(Acme, new NewValue("cost-per-qualified-opp", new Period(2026, 9), ValueKind.Value, 430m, Dana, Now, "slack"), None);
        var csv = await from.ExportAsync(Acme, None);

        var to = Transfer(target.Database, out _);
        var plan = await to.PlanAsync(csv, "acme.csv", UserRef.Local("ops"), Now.AddDays(30), None);
        await to.StoreAsync(plan, None);

        Assert.Contains("slack:TACME,pipeline,Pipeline,currency,2026-Q3,2,value,1250000,slack:UDANA,2026-11-03T11:30:00Z,teams,", csv, StringComparison.Ordinal);
        Assert.Equal((3, 0), (plan.Count, plan.Problems.Count));
        var history = await new SqlLaggingStore(target.Database).LaggingHistoryAsync(Acme, "pipeline", None);
        Assert.Equal([(1_250_000m, Dana, "teams"), (1_200_000m, Admin, "slack")], history.Select(v => (v.Value, v.RecordedBy, v.Channel)));
        Assert.Equal((Unit.Currency, "imported by local:ops at 2026-12-03 09:30 UTC from acme.csv; from the CRM"), (history[1].Unit, history[1].Note));
        var again = await to.PlanAsync(csv, "acme.csv", UserRef.Local("ops"), Now.AddDays(31), None);
        Assert.Equal((0, 3), (again.Count, again.AlreadyThere));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_bad_quarterly_row_names_its_line_and_nothing_of_the_file_is_stored(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var transfer = Transfer(db.Database, out var store);
        var csv = string.Join("\n",
            string.Join(',', ScoreboardCsv.Header),
            "slack:TACME,cost-per-qualified-opp,Cost,currency,2026-09,1,value,455,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,pipeline,Pipeline,currency,2026-Q3,1,value,1200000,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,market-mood,Market mood,number,2026-Q3,1,value,3,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,pipeline,Pipeline,currency,2026-Q4,1,value,3,slack:UDANA,2026-10-03T10:00:00Z,slack,",
            "slack:TACME,pipeline,Pipeline,furlongs,2026-Q2,1,value,3,slack:UDANA,2026-10-03T10:00:00Z,slack,");

        var plan = await transfer.PlanAsync(csv, "bad.csv", UserRef.Local("ops"), Now, None);

        Assert.Equal(
            ["line 4: workspace slack:TACME has no lagging metric 'market-mood'.", "line 5: Q4 2026 hasn't ended yet, so it can't have a quarterly value.",
             "line 6: a quarterly value needs kind value and a unit (percent, currency, count, days or plain number)."],
            plan.Problems);
        Assert.Empty(await store.LatestValuesAsync(Acme, None));
        Assert.Empty(await new SqlScoreboardArchive(db.Database).AllLaggingValuesAsync(Acme, None));
    }

    private static ScoreboardTransfer Transfer(Database database, out SqlScoreboardStore store)
    {
        store = new SqlScoreboardStore(database, TimeProvider.System);
        return new ScoreboardTransfer(store, new SqlScoreboardArchive(database));
    }
}
