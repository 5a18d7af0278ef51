using System.Net;
using Microsoft.AspNetCore.Http;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>SIGKILL right after acknowledging: after a restart, every acknowledged event is answered, once.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Events = 60;
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Events_acknowledged_before_a_sigkill_are_answered_once_after_the_restart()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        // Hold the handler's first Web API call, so the kill lands after the acks and before any answer.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < 20; i++)
        {
            slack.Script("auth.test", async context =>
            {
                await Task.WhenAny(gate.Task, Task.Delay(Timeout.Infinite, context.RequestAborted));
                await context.Response.WriteAsJsonAsync(new { ok = true, user_id = FakeSlackApi.BotUserId, bot_id = "BBOT", team_id = FakeSlackApi.TeamId });
            });
        }
        var environment = SignedSlack.Environment(slack, _file.ConnectionString);
        var workDir = Path.GetDirectoryName(_file.Path)!;

        var first = await ServerProcess.StartAsync(workDir, environment);
        var acks = await Task.WhenAll(Enumerable.Range(1, Events).Select(async n => (await first.Http.SendAsync(SignedSlack.Mention(n))).StatusCode));
        await first.KillAsync();
        gate.SetResult();
        Assert.All(acks, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Empty(slack.CallsTo("chat.postMessage"));

        await using var second = await ServerProcess.StartAsync(workDir, environment);
        await slack.WaitForAsync(calls => calls.Count(c => c.Method == "chat.postMessage") >= Events, TimeSpan.FromSeconds(60));

        var replies = SignedSlack.RepliesPerThread(slack);
        Assert.Equal(Events, replies.Count);
        Assert.All(replies.Values, count => Assert.Equal(1, count));
        Assert.All(slack.CallsTo("chat.postMessage"), post => Assert.Contains("Where we stand", post.Body["blocks"]!.ToJsonString()));
    }
}
