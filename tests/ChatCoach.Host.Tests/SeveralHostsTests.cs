using System.Net;
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
        var environment = SignedSlack.Environment(slack, database.ConnectionString + ";Maximum Pool Size=30", provider: "Postgres");
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ServerProcess.StartAsync(_workDir, environment)));
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
}
