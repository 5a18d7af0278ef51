using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// The process dies after a turn's write committed and before the turn's reply was kept (issue 27,
/// row 2: the write and the reply it produces are committed together). The retry must send an
/// answer without writing again.
/// </summary>
public sealed class CrashAfterWriteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private const string Revisions = "SELECT COUNT(*) FROM indicator_values WHERE indicator_key LIKE 'cost%' AND period = '2026-09'";

    /// <summary>
    /// The inbox as a dying process leaves it: the first time a reply is kept for a row while the
    /// turn's write is already visible to everyone (committed without it), the keep fails as a
    /// crash would. A keep inside the write's own transaction sees no committed write and goes through.
    /// </summary>
    private sealed class DiesBeforeTheReplyIsKept(IInboxStore inner, string databaseFile) : IInboxStore
    {
        private readonly ConcurrentDictionary<string, bool> _died = new();

        public bool Died => !_died.IsEmpty;

        public async Task KeepRepliesAsync(string source, string deliveryId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
        {
            if (WriteCommitted() && _died.TryAdd(deliveryId, true))
            {
                throw new IOException("the process died before the reply was kept");
            }
            await inner.KeepRepliesAsync(source, deliveryId, replies, cancellationToken);
        }

        private bool WriteCommitted()
        {
            using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Revisions;
            return Convert.ToInt64(command.ExecuteScalar()) > 0;
        }

        public Task<bool> TryAddAsync(InboundEvent inbound, CancellationToken cancellationToken) => inner.TryAddAsync(inbound, cancellationToken);

        public Task<IReadOnlyList<PendingInboundEvent>> PendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            inner.PendingAsync(now, limit, cancellationToken);

        public Task<IReadOnlyList<InboxKey>> WaitingAsync(DateTimeOffset now, int limit, InboxKey? after, CancellationToken cancellationToken) =>
            inner.WaitingAsync(now, limit, after, cancellationToken);

        public Task<bool> TryClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
            inner.TryClaimAsync(source, deliveryId, claimant, now, leaseUntil, cancellationToken);

        public Task<PendingInboundEvent?> ClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
            inner.ClaimAsync(source, deliveryId, claimant, now, leaseUntil, cancellationToken);

        public Task MarkDoneAsync(string source, string deliveryId, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.MarkDoneAsync(source, deliveryId, at, cancellationToken);

        public Task ReleaseAsync(string source, string deliveryId, CancellationToken cancellationToken) => inner.ReleaseAsync(source, deliveryId, cancellationToken);

        public Task MarkFailedAsync(string source, string deliveryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
            inner.MarkFailedAsync(source, deliveryId, reason, retryAt, cancellationToken);

        public Task<IReadOnlyList<ParkedInboundEvent>> ParkedAsync(int limit, CancellationToken cancellationToken) => inner.ParkedAsync(limit, cancellationToken);

        public Task<int> CountParkedAsync(CancellationToken cancellationToken) => inner.CountParkedAsync(cancellationToken);

        public Task<int> RedriveAsync(string? source, string? deliveryId, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.RedriveAsync(source, deliveryId, now, cancellationToken);

        public Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) => inner.PruneAsync(olderThan, cancellationToken);
    }

    [Fact]
    public async Task A_write_whose_reply_was_not_yet_kept_is_answered_on_retry_without_writing_again()
    {
        var clock = new FakeTimeProvider(Now);
        DiesBeforeTheReplyIsKept? inbox = null;
        await using var bot = await SlackBot.StartAsync(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IInboxStore>(sp =>
            {
                var database = (SqliteDatabase)sp.GetRequiredService<Database>();
                return inbox = new DiesBeforeTheReplyIsKept(new SqlInboxStore(database), database.DataSource);
            });
        });
        const string thread = "1700000001.000100";

        await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> record 777 for cost per opp for 2026-09", eventId: "EvCRASH", ts: thread, user: "UADMIN"), at: clock.GetUtcNow());
        var calls = await OutageTests.AdvanceUntilAsync(bot, clock,
            calls => calls.Any(c => c.Method == "chat.postMessage" && c.Body["thread_ts"]?.ToString() == thread));

        var answer = calls.Single(c => c.Method == "chat.postMessage" && c.Body["thread_ts"]?.ToString() == thread).Body["text"]!.ToString();
        Assert.True(inbox!.Died, "the process never died between the write and its reply: nothing was tested");
        Assert.Contains("777", answer);
        Assert.Equal(1, bot.Scalar(Revisions));
    }
}
