using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class WorkspaceDataEraserTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly WorkspaceId Globex = new("slack:TGLOBEX");
    private static readonly UserRef Admin = new("slack:UADMIN");
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Tables with a workspace_id column that erasing a workspace deliberately keeps, with the reason. None today.</summary>
    private static readonly Dictionary<string, string> Kept = [];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_table_with_a_workspace_column_is_erased_or_kept_with_a_reason(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);

        var live = await WorkspaceTablesAsync(db.Database);

        var handled = SqlWorkspaceDataEraser.WorkspaceTables.Concat(SqlWorkspaceDataEraser.SurveyTables).Concat(Kept.Keys).ToHashSet();
        // The lists name the offending tables, so a failure says which table to add (or to explain in Kept).
        Assert.Equal([], live.Where(t => !handled.Contains(t)).Order().ToList());
        Assert.Equal([], SqlWorkspaceDataEraser.WorkspaceTables.Where(t => !live.Contains(t)).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Erasing_a_workspace_deletes_its_quarterly_values_and_keeps_another_workspaces(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var scoreboard = new SqlScoreboardStore(db.Database, TimeProvider.System);
        var lagging = new SqlLaggingStore(db.Database);
        var archive = new SqlScoreboardArchive(db.Database);
        foreach (var workspace in new[] { Acme, Globex })
        {
            await scoreboard.EnsureWorkspaceAsync(workspace, None);
            await lagging.RecordLaggingAsync(workspace, new NewLaggingValue("pipeline", "Pipeline", new Quarter(2026, 3), 1_200_000m, Unit.Currency, Admin, Now, "slack", null), None);
        }

        await new SqlWorkspaceDataEraser(db.Database).EraseAsync(Acme, None);

        Assert.Empty(await archive.AllLaggingValuesAsync(Acme, None));
        Assert.Single(await archive.AllLaggingValuesAsync(Globex, None));
    }

    private static async Task<HashSet<string>> WorkspaceTablesAsync(Database database)
    {
        var sql = database.Provider == StorageProvider.Postgres
            ? "SELECT table_name FROM information_schema.columns WHERE column_name = 'workspace_id' AND table_schema = current_schema()"
            : "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name = 'workspace_id'";
        await using var connection = await database.OpenAsync(None);
        return (await connection.QueryAsync(sql, r => r.GetString(0), None)).ToHashSet();
    }
}
