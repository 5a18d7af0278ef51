using ChatCoach.Nudges.Jobs;
using ChatCoach.Nudges.Storage;
using System.Diagnostics;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Host.Commands;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests.Nudges;

/// <summary>`remind --dry-run` as an operator runs it: the real host executable on a real SQLite file.</summary>
public sealed class DryRunCommandTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Admin = new("slack:UADMIN");
    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly UserRef Lee = new("slack:ULEE");
    private static readonly Period October = new(2026, 10);
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private readonly TempSqlite _file = new();
    private readonly Dictionary<string, string> _environment = new()
    {
        ["ChatCoach__Admins__0"] = Admin.Id,
        ["ChatCoach__Reminders__TimeZone"] = "Europe/Berlin",
    };

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task The_dry_run_prints_who_would_be_nudged_and_escalated_for_what_in_which_zone_and_sends_nothing()
    {
        await SeedAsync();

        var result = await RunAsync($"remind --dry-run --at 2026-11-23T09:00:00Z --db \"{_file.Path}\"");

        Assert.True(result.ExitCode == 0, result.Error);
        var output = result.Output;
        Assert.StartsWith("Dry run at 2026-11-23T09:00:00Z: schedule \"0 9 * * MON\", default time zone Europe/Berlin, escalate after 2 unanswered nudges. Nothing is sent.", output);
        Assert.Contains("Workspace slack:TACME — October 2026: 1 of 6 reported", result.Output);
        // Nine in Berlin is 08:00Z in November, so at 09:00Z the Monday occasion is due for everyone.
        Assert.Contains("  Nudge     slack:UDANA (Europe/Berlin) for 2026-10: Cost per qualified opportunity (asked 2 times), Win rate on deals decided by more than price (asked 1 time) — occasion Mon Nov 23 09:00 Europe/Berlin", output);
        Assert.Contains("  Snoozed   slack:ULEE (Europe/Berlin) for 2026-10: Referenceable proof shipped per quarter (asked 1 time) — until Thu Nov 26 09:00 Europe/Berlin", output);
        Assert.Contains("  Nudge     local:sam (Europe/Berlin) for 2026-10: Time from customer result to published proof — occasion Mon Nov 23 09:00 Europe/Berlin [no \"local\" channel in this host: shown, never sent]", output);
        Assert.Contains("  Escalate  Cost per qualified opportunity for 2026-10 — slack:UDANA, asked 2 times → slack:UADMIN, conversation:CSCORE", output);
        Assert.Contains("  No owner  Time from customer signal to offer change (never nudged; shown in the digest)", output);
        Assert.Contains("  Digest    due Mon Nov 23 09:00 Europe/Berlin → slack conversation:CSCORE", output);
        Assert.DoesNotContain("Share of marketing spend", output);
        var deliveries = await new SqlNudgeStore(_file.Open()).DeliveriesAsync(Acme, Monday.AddYears(-1), None);
        Assert.Equal(3, deliveries.Count); // only the seeded history: the dry run wrote nothing
        Assert.Empty(await new SqlNudgeStore(_file.Open()).EscalationsAsync(Acme, None));
    }

    [Fact]
    public async Task At_the_month_turn_the_dry_run_counts_an_early_report_and_does_not_ask_for_the_month_before()
    {
        // Monday 2 November: September is still the reporting period. Dana already sent October's
        // cost per opp, so she is asked only for win rate's September value.
        var database = await _file.MigratedAsync();
        var board = new SqlScoreboardStore(database, TimeProvider.System);
        var owners = new SqlBoardStore(database);
        await board.EnsureWorkspaceAsync(Acme, None);
        var stamp = new ChangeStamp(Admin, Monday.AddDays(-30), "test");
        await owners.SetOwnerAsync(Acme, "cost-per-qualified-opp", Dana, stamp, None);
        await owners.SetOwnerAsync(Acme, "win-rate-non-price", Dana, stamp, None);
        await board.RecordAsync(Acme, new NewValue("cost-per-qualified-opp", October, ValueKind.Value, 412, Dana, Monday.AddDays(-22), "test"), None);

        var result = await RunAsync($"remind --dry-run --at 2026-11-02T09:00:00Z --db \"{_file.Path}\"");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Workspace slack:TACME — September 2026: 1 of 6 reported (1 already with October 2026)", result.Output);
        Assert.Contains("  Nudge     slack:UDANA (Europe/Berlin) for 2026-09: Win rate on deals decided by more than price — occasion", result.Output);
        Assert.DoesNotContain("Cost per qualified opportunity", result.Output);
    }

    [Fact]
    public async Task Before_the_occasion_in_the_default_zone_nobody_is_due()
    {
        await SeedAsync();

        var result = await RunAsync($"remind --dry-run --at 2026-11-23T07:59:00Z --db \"{_file.Path}\"");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  Not due   slack:UDANA (Europe/Berlin) for 2026-10: Cost per qualified opportunity (asked 2 times), Win rate on deals decided by more than price (asked 1 time) — next Mon Nov 23 09:00 Europe/Berlin", result.Output);
        Assert.DoesNotContain("Escalate", result.Output);
    }

    [Theory]
    [InlineData("remind", 2, "remind needs --dry-run")]
    [InlineData("remind --dry-run --at yesterday", 2, "--at must be an ISO-8601 instant")]
    public async Task Misuse_is_explained(string arguments, int exitCode, string message)
    {
        var result = await RunAsync($"{arguments} --db \"{_file.Path}\"");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Theory]
    [InlineData("ChatCoach__Reminders__TimeZone", "Mars/Olympus", "ChatCoach:Reminders:TimeZone must be an IANA time zone")]
    [InlineData("ChatCoach__Reminders__Schedule", "every monday", "ChatCoach:Reminders:Schedule must be a five-field cron expression")]
    [InlineData("ChatCoach__Reminders__EscalateAfter", "0", "ChatCoach:Reminders:EscalateAfter must be a number of reminders from 1 to 52")]
    public async Task A_bad_reminders_setting_stops_the_host_naming_the_key(string key, string value, string message)
    {
        _environment[key] = value;

        var result = await RunAsync($"remind --dry-run --db \"{_file.Path}\"");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>
    /// Dana owes two values and was asked twice for one of them; Lee snoozed until Thursday; a
    /// console user owns one row; two rows have no owner; the scoreboard channel is set.
    /// </summary>
    private async Task SeedAsync()
    {
        var database = await _file.MigratedAsync();
        var board = new SqlScoreboardStore(database, TimeProvider.System);
        var owners = new SqlBoardStore(database);
        var nudges = new SqlNudgeStore(database);
        await board.EnsureWorkspaceAsync(Acme, None);
        var stamp = new ChangeStamp(Admin, Monday.AddDays(-30), "test");
        await owners.SetOwnerAsync(Acme, "cost-per-qualified-opp", Dana, stamp, None);
        await owners.SetOwnerAsync(Acme, "win-rate-non-price", Dana, stamp, None);
        await owners.SetOwnerAsync(Acme, "proof-shipped", Lee, stamp, None);
        await owners.SetOwnerAsync(Acme, "result-to-proof-days", UserRef.Local("sam"), stamp, None);
        await board.RecordAsync(Acme, new NewValue("spend-traceable", October, ValueKind.Value, 60, Admin, Monday, "test"), None);
        await nudges.SnoozeAsync(Acme, new Snooze(Lee, October, new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), Monday.AddDays(-1)), None);
        await nudges.SetScoreboardChannelAsync(Acme, new ScoreboardChannel("slack", "CSCORE", Admin, Monday.AddDays(-20)), None);
        await SentAsync(nudges, Monday.AddDays(-14), "cost-per-qualified-opp");
        await SentAsync(nudges, Monday.AddDays(-7), "cost-per-qualified-opp,win-rate-non-price");
        await SentAsync(nudges, Monday.AddDays(-7), "proof-shipped", Lee);
    }

    private static async Task SentAsync(SqlNudgeStore nudges, DateTimeOffset occasion, string contents, UserRef? owner = null)
    {
        var key = new DeliveryKey(Acme, DeliveryKind.Nudge, (owner ?? Dana).Id, "2026-10", NudgeRules.OccasionText(occasion));
        await nudges.HandOverAsync(key, NudgeOutbox.KeyOf(key), contents.Split(','), occasion, None);
        await nudges.RecordOutcomeAsync(NudgeOutbox.KeyOf(key), DeliveryStatus.Sent, 1, null, occasion, None);
    }

    private sealed record Result(int ExitCode, string Output, string Error);

    private async Task<Result> RunAsync(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"exec \"{typeof(CommandLine).Assembly.Location}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_file.Path)!,
            UseShellExecute = false,
        };
        // Nothing from the machine running the tests leaks into the host's configuration.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ChatCoach__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, (await output).ReplaceLineEndings("\n"), await error);
    }
}
