using System.Net;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>Three host processes on one PostgreSQL database behind a round-robin "load balancer".</summary>
public sealed class SeveralHostsTests : IDisposable
{
    private const int Events = 90;
    private readonly string _workDir = Directory.CreateTempSubdirectory("chatcoach-hosts-").FullName;

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    [PostgresFact]
    public async Task A_burst_spread_over_three_hosts_with_retries_to_other_hosts_is_answered_exactly_once()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        await using var slack = await FakeSlackApi.StartAsync();
        // Each host's pool is sized so three hosts stay within the server's connection limit, as in production.
        // A lease far longer than any handler takes, so a slow, loaded machine cannot make a live claim look abandoned
        // (the crash test uses short leases on purpose; nothing crashes here).
        var environment = new Dictionary<string, string>(SignedSlack.Environment(slack, database.ConnectionString + ";Maximum Pool Size=30", provider: "Postgres"))
        {
            ["ChatCoach__Inbox__LeaseSeconds"] = "60",
        };
        var hosts = await ServerProcess.StartManyAsync(3, _workDir, environment);
        try
        {
            // Each event goes to one host; a third of them are "retried" by Slack to the next host.
            var sends = Enumerable.Range(1, Events).SelectMany(n => n % 3 == 0
                ? new[] { (Host: hosts[n % 3], N: n), (Host: hosts[(n + 1) % 3], N: n) }
                : [(Host: hosts[n % 3], N: n)]);
            var acks = await Task.WhenAll(sends.Select(async s => (await s.Host.Http.SendAsync(SignedSlack.Mention(s.N))).StatusCode));
            await slack.WaitForAsync(calls => calls.Count(c => c.Method == "chat.postMessage") >= Events, TimeSpan.FromSeconds(60));

            Assert.All(acks, status => Assert.Equal(HttpStatusCode.OK, status));
            var replies = SignedSlack.RepliesPerThread(slack);
            Assert.Equal(Events, replies.Count);
            Assert.All(replies.Values, count => Assert.Equal(1, count));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task A_nudge_occasion_served_by_three_hosts_nudges_every_owner_exactly_once()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);
        await using var slack = await FakeSlackApi.StartAsync();
        string[] owners = ["UDANA", "ULEE", "USAM", "UKIM"];
        await OwnAsync(database.Database, owners);
        // Every minute is an occasion, so the round each host runs as it starts serves the current one.
        var environment = new Dictionary<string, string>(SignedSlack.Environment(slack, database.ConnectionString + ";Maximum Pool Size=30", provider: "Postgres"))
        {
            ["ChatCoach__Reminders__Schedule"] = "* * * * *",
        };
        var hosts = await ServerProcess.StartManyAsync(3, _workDir, environment);
        try
        {
            await slack.WaitForAsync(calls => owners.All(o => calls.Any(c => IsNudgeTo(c, o))), TimeSpan.FromSeconds(60));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        // The hosts have stopped (each records a send's outcome before it exits): the database and the
        // fake's calls are final, and a second send of any occasion would show as more calls than sent rows.
        var sentOccasions = await SentNudgeOccasionsAsync(database.Database);
        foreach (var owner in owners)
        {
            // One DM per occasion the database recorded as sent for that owner (a minute boundary may make it two occasions).
            Assert.InRange(sentOccasions.GetValueOrDefault("slack:" + owner), 1, 2);
            Assert.Equal(sentOccasions["slack:" + owner], slack.Calls.Count(c => IsNudgeTo(c, owner)));
        }
    }

    private static bool IsNudgeTo(SlackCall call, string owner) => call.Method == "chat.postMessage" && call.Body["channel"]?.ToString() == "D" + owner;

    private static async Task OwnAsync(Database database, string[] owners)
    {
        var store = new SqlScoreboardStore(database, TimeProvider.System);
        var workspace = new WorkspaceId("slack:" + FakeSlackApi.TeamId);
        await store.EnsureWorkspaceAsync(workspace, CancellationToken.None);
        var indicators = await store.IndicatorsAsync(workspace, CancellationToken.None);
        foreach (var (owner, indicator) in owners.Zip(indicators))
        {
            await new SqlBoardStore(database).SetOwnerAsync(workspace, indicator.Key, new UserRef("slack:" + owner), new ChangeStamp(new UserRef("slack:UADMIN"), DateTimeOffset.UtcNow, "slack"), CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, int>> SentNudgeOccasionsAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT recipient, COUNT(*) FROM nudge_deliveries WHERE kind = 'Nudge' AND status = 'Sent' GROUP BY recipient";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string Recipient, int Count)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return rows.ToDictionary(r => r.Recipient, r => r.Count);
    }
}
