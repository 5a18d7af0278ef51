using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// The Bot Connector failing for a while through the real host (durable inbox on SQLite, the real
/// coach): a transient failure hands the activity back to the inbox, which retries no sooner than
/// the connector's Retry-After and re-sends the kept reply, so the activity is answered once and its
/// write stored once; a permanent failure (the bot was removed) finishes the row (issue 27, rows 1–2).
/// </summary>
public sealed class ConnectorOutageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private const string Dana = "teams:d0d0d0d0-1111-4222-8333-444444444444";
    private const string ActivityId = "1767765500777";

    private static async Task<(RealTeamsHost Host, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(Now);
        // A lease far longer than the test moves the clock: only the inbox's retry schedule decides when the row runs again.
        var host = await RealTeamsHost.StartAsync(services => services.AddSingleton<TimeProvider>(clock),
            $"--ChatCoach:Admins:0={Dana}", "--ChatCoach:Inbox:LeaseSeconds=3600");
        host.Platform.Clock = clock;
        return (host, clock);
    }

    /// <summary>
    /// Moves the fake clock on in 5-second steps whenever no connector call came for a moment, until
    /// the activity's inbox row is finished (bounded). The clock starts moving only after the first
    /// call: the turn runs in real time.
    /// </summary>
    private static async Task UntilFinishedAsync(RealTeamsHost host, FakeTimeProvider clock)
    {
        await host.Platform.NextCallAsync();
        for (var step = 0; step < 1500 && !Finished(host); step++)
        {
            var seen = host.Platform.Calls.Count;
            await Task.Delay(20);
            if (host.Platform.Calls.Count == seen)
            {
                clock.Advance(TimeSpan.FromSeconds(5));
            }
        }
        Assert.True(Finished(host), $"not finished by {clock.GetUtcNow():O}: {host.Platform.Calls.Count} connector calls, "
            + $"{host.Scalar("SELECT COALESCE(SUM(attempts), 0) FROM inbox")} failed attempts");
    }

    private static bool Finished(RealTeamsHost host) =>
        host.Scalar($"SELECT COUNT(*) FROM inbox WHERE source = 'teams' AND delivery_id LIKE '%{ActivityId}%' AND status = 'done'") == 1;

    [Fact]
    public async Task A_reply_the_connector_refuses_for_a_while_is_sent_once_after_its_retry_after_and_the_write_is_stored_once()
    {
        var (host, clock) = await StartAsync();
        await using var _ = host;
        // Two inbox attempts' worth of 503s (the connector client tries each send four times), each saying "in two minutes".
        for (var i = 0; i < 8; i++)
        {
            host.Platform.Script(503, """{"error":{"code":"ServiceUnavailable"}}""", retryAfter: "120");
        }

        var status = await host.PostAsync(host.Activity("message-personal", ActivityId, "record 777 for cost per opp for 2026-09"), Now);
        await UntilFinishedAsync(host, clock);

        var replies = host.Platform.Calls.Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal)).ToList();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(9, replies.Count);
        var delivered = Assert.Single(replies, c => c.ScriptedStatus is null);
        Assert.Same(replies[^1], delivered);
        Assert.Contains("777", delivered.Body, StringComparison.Ordinal);
        Assert.Contains("Sorry this took", delivered.Body, StringComparison.Ordinal);
        // The inbox waited as long as the connector asked after each failed attempt (its own first pause is seconds).
        Assert.True(replies[4].At - replies[3].At >= TimeSpan.FromSeconds(120), $"retried {replies[4].At - replies[3].At} after the connector said 120 s");
        Assert.True(replies[8].At - replies[7].At >= TimeSpan.FromSeconds(120), $"retried {replies[8].At - replies[7].At} after the connector said 120 s");
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM indicator_values WHERE indicator_key LIKE 'cost%' AND period = '2026-09'"));
    }

    [Fact]
    public async Task A_reply_to_a_conversation_the_bot_was_removed_from_is_given_up_and_the_row_finished()
    {
        var (host, clock) = await StartAsync();
        await using var _ = host;
        host.Platform.Script(403, """{"error":{"code":"BotNotInConversationRoster"}}""");

        await host.PostAsync(host.Activity("message-personal", ActivityId, "where do we stand"), Now);
        await UntilFinishedAsync(host, clock);

        Assert.Single(host.Platform.Calls, c => c.Path.Contains("/activities", StringComparison.Ordinal));
        Assert.Equal(0, host.Scalar("SELECT COALESCE(SUM(attempts), 0) FROM inbox"));
    }
}
