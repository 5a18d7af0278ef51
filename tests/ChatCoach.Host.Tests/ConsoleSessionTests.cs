using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>
/// The console chat as a user runs it: the host process with stdin piped, one message per line,
/// on a real SQLite file. Alex is the configured admin; Lee is neither admin nor owner.
/// </summary>
public sealed class ConsoleSessionTests : IDisposable
{
    private readonly TempSqlite _file = new();
    private readonly Dictionary<string, string> _environment = new() { ["ChatCoach__Admins__0"] = "local:alex" };

    public void Dispose() => _file.Dispose();

    private Task<HostProcess.Result> ChatAsync(string user, params string[] lines) =>
        HostProcess.RunAsync($"console --user {user} --db \"{_file.Path}\"", string.Join("\n", lines) + "\n",
            Path.GetDirectoryName(_file.Path)!, _environment);

    [Fact]
    public async Task A_scripted_session_records_refuses_and_explains()
    {
        var alex = await ChatAsync("alex",
            "where do we stand",
            "record 412 for cost per qualified opportunity for last month",
            "where do we stand",
            "record forty-ish for win rate",
            "make @dana the owner of cost per qualified opportunity");
        var lee = await ChatAsync("lee", "record 500 for cost per qualified opportunity", "where do we stand");

        Assert.Equal(0, alex.ExitCode);
        var turns = alex.Output.Split("\n> ");
        Assert.Contains("0 of 6 indicators reported", turns[0]);
        foreach (var name in new[] { "Share of marketing spend traceable", "Cost per qualified opportunity", "Win rate on deals", "Referenceable proof", "Time from customer result", "Time from customer signal" })
        {
            Assert.Contains(name, turns[0]);
        }
        Assert.Contains("October overdue since Nov 5 (no owner)", turns[0]);
        Assert.Matches(@"✓ Recorded \$412 for Cost per qualified opportunity for \w+ \d{4}\.", turns[1]);
        Assert.Matches(@"Cost per qualified opportunity\s+\$412 \(\w{3} \d{4}\)\s+@alex on \w{3} \d+", turns[2]);
        Assert.Contains("I couldn't read 'forty-ish' as a percentage. Try something like 40%.", turns[3]);

        Assert.Equal(0, lee.ExitCode);
        Assert.Contains("✓ @dana now owns Cost per qualified opportunity.", turns[4]);
        Assert.Contains("✗ Only the owner of Cost per qualified opportunity or an admin can record its value. It's owned by @dana.", lee.Output);
        Assert.Contains("$412", lee.Output.Split("\n> ")[1]);
        Assert.DoesNotContain("$500", lee.Output);
    }

    [Fact]
    public async Task At_the_month_turn_a_value_for_the_month_just_closed_counts_as_reported()
    {
        // 2 December, before November's values are due on the 5th: the reporting period is still
        // October, and an owner who already reported November is up to date, not missing.
        _environment["ChatCoach__Clock__StartAt"] = "2026-12-02T10:00:00Z";

        var alex = await ChatAsync("alex",
            "record 412 for cost per qualified opportunity for last month",
            "where do we stand",
            "what's missing");

        Assert.Equal(0, alex.ExitCode);
        var turns = alex.Output.Split("\n> ");
        Assert.Contains("✓ Recorded $412 for Cost per qualified opportunity for November 2026.", turns[0]);
        Assert.Contains("Where we stand for October 2026: 1 of 6 indicators reported (1 already with November 2026).", turns[1]);
        var row = turns[1].Split('\n').Single(l => l.Contains("Cost per qualified opportunity"));
        Assert.Contains("$412 (Nov 2026)", row);
        Assert.DoesNotContain("missing", row);
        Assert.Contains("Still missing for October 2026 (5 of 6)", turns[2]);
        Assert.DoesNotContain("Cost per qualified opportunity", turns[2]);
    }

    [PostgresFact]
    public async Task The_console_runs_on_PostgreSQL_when_configured()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        var environment = new Dictionary<string, string>(_environment)
        {
            ["ChatCoach__Storage__Provider"] = "Postgres",
            ["ConnectionStrings__ChatCoach"] = database.ConnectionString,
        };

        var first = await HostProcess.RunAsync("console --user alex", "record 412 for cost per opp\n", Path.GetDirectoryName(_file.Path)!, environment);
        var second = await HostProcess.RunAsync("console --user lee", "where do we stand\n", Path.GetDirectoryName(_file.Path)!, environment);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("✓ Recorded $412", first.Output);
        Assert.Contains("$412", second.Output);
        Assert.Contains("@alex on", second.Output);
        Assert.False(File.Exists(_file.Path), "nothing was written to SQLite");
    }

    [Fact]
    public async Task Postgres_without_a_usable_connection_string_stops_the_host_naming_the_key()
    {
        _environment["ChatCoach__Storage__Provider"] = "Postgres";

        var result = await HostProcess.RunAsync("console --user alex", "help\n", Path.GetDirectoryName(_file.Path)!, _environment);
        var withSqliteFile = await ChatAsync("alex", "help");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:ChatCoach is required when ChatCoach:Storage:Provider is Postgres", result.Error);
        Assert.Equal(1, withSqliteFile.ExitCode);
        Assert.Contains("ConnectionStrings:ChatCoach is not a valid Postgres connection string", withSqliteFile.Error);
    }

    [Fact]
    public async Task A_bad_configuration_value_stops_the_host_naming_the_key()
    {
        _environment["ChatCoach__Scoreboard__DueDay"] = "40";

        var result = await ChatAsync("alex", "where do we stand");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ChatCoach:Scoreboard:DueDay must be a day from 1 to 28", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task A_malformed_admin_is_refused_at_start()
    {
        _environment["ChatCoach__Admins__1"] = "dana";

        var result = await ChatAsync("alex", "help");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ChatCoach:Admins:1 must look like", result.Error);
    }

    [Fact]
    public async Task An_unreachable_database_stops_the_host_with_a_sentence_not_a_stack_trace()
    {
        var result = await HostProcess.RunAsync("console --user alex --db /nonexistent-folder/chatcoach.db", "help\n", Path.GetDirectoryName(_file.Path)!, _environment);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("ChatCoach could not start:", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task An_unknown_command_gets_the_usage()
    {
        var result = await HostProcess.RunAsync("frobnicate", "", Path.GetDirectoryName(_file.Path)!);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Error);
    }

    [Fact]
    public async Task Deleting_the_workspace_data_asks_for_confirmation_and_only_an_admin_can_confirm()
    {
        var asked = await ChatAsync("alex", "record 412 for cost per qualified opportunity for 2026-10", "delete this workspace's data", "history of cost per opp");
        var lee = await ChatAsync("lee", "yes, delete all of this workspace's data", "history of cost per opp");
        var confirmed = await ChatAsync("alex", "Yes, delete all of this workspace's data.", "history of cost per opp");

        var before = asked.Output.Split("\n> ");
        Assert.Contains("permanently deletes everything", before[1]);
        Assert.Contains("$412", before[2]);
        Assert.Contains("Only an admin can delete this workspace's data.", lee.Output);
        Assert.Contains("$412", lee.Output.Split("\n> ")[1]);
        var after = confirmed.Output.Split("\n> ");
        Assert.Contains("this workspace's data is deleted", after[0]);
        Assert.DoesNotContain("$412", after[1]);
    }
}
