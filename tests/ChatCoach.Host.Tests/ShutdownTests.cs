using System.Net;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.Http;

namespace ChatCoach.Host.Tests;

public sealed class ShutdownTests : IDisposable
{
    private const int Events = 8;
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Sigterm_stops_the_server_and_exits_zero()
    {
        await using var host = await ServerProcess.StartAsync(Path.GetDirectoryName(_file.Path)!,
            new Dictionary<string, string> { ["ConnectionStrings__ChatCoach"] = _file.ConnectionString });

        var exitCode = await host.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Sigterm_with_replies_in_flight_finishes_them_exits_zero_and_the_next_host_answers_the_rest_once()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        // Slack takes its time with the first replies, so they are mid-send when SIGTERM arrives.
        for (var i = 0; i < 4; i++)
        {
            slack.Script("chat.postMessage", async http =>
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                await http.Response.WriteAsJsonAsync(new { ok = true, ts = $"1800000000.00000{Random.Shared.Next(10)}" });
            });
        }
        var environment = SignedSlack.Environment(slack, _file.ConnectionString);
        var workDir = Path.GetDirectoryName(_file.Path)!;

        int exitCode;
        await using (var first = await ServerProcess.StartAsync(workDir, environment))
        {
            var acks = await Task.WhenAll(Enumerable.Range(1, Events).Select(async n => (await first.Http.SendAsync(SignedSlack.Mention(n))).StatusCode));
            Assert.All(acks, status => Assert.Equal(HttpStatusCode.OK, status));
            await slack.WaitForCallAsync("chat.postMessage");
            exitCode = await first.TerminateAsync(TimeSpan.FromSeconds(30));
        }
        var answeredBeforeExit = slack.CallsTo("chat.postMessage").Count();
        await using (var second = await ServerProcess.StartAsync(workDir, environment))
        {
            await slack.WaitForAsync(calls => calls.Count(c => c.Method == "chat.postMessage") >= Events, TimeSpan.FromSeconds(60));
            // A duplicate could only come from a row not yet done; once all are, and the host has stopped, the count is final.
            await UntilInboxDoneAsync();
        }

        Assert.Equal(0, exitCode);
        Assert.InRange(answeredBeforeExit, 1, Events);
        var replies = SignedSlack.RepliesPerThread(slack);
        Assert.Equal(Events, replies.Count);
        Assert.All(replies.Values, count => Assert.Equal(1, count));
    }

    private async Task UntilInboxDoneAsync()
    {
        for (var poll = 0; poll < 500; poll++)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_file.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM inbox WHERE status <> 'done'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("inbox rows still not done");
    }
}
