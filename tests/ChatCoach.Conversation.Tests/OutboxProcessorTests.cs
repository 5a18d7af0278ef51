using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Conversation.Tests;

/// <summary>The outbox's sending loop on a real SQLite file with a fake clock and a recording chat platform.</summary>
public sealed class OutboxProcessorTests : IDisposable
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Dana = new("slack:UDANA");

    private readonly TempSqlite _file = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeProactiveChannel _slack = new();
    private SqliteDatabase? _database;

    public void Dispose() => _file.Dispose();

    private async Task<(DurableOutbox Outbox, OutboxProcessor Processor, SqlOutboxStore Store)> HostAsync(IOutboxFollower? follower = null)
    {
        _database ??= await _file.MigratedAsync();
        var database = _file.Open();
        var store = new SqlOutboxStore(database);
        var outbox = new DurableOutbox(store, _clock);
        var services = new ServiceCollection().AddSingleton<IProactiveChannel>(_slack);
        if (follower is not null)
        {
            services.AddSingleton(follower);
        }
        return (outbox, new OutboxProcessor(outbox, store, database, services.BuildServiceProvider(), _clock, NullLogger<OutboxProcessor>.Instance), store);
    }

    private static OutboundMessage ToDana(string key = "readiness/1/reminder/slack:UDANA") => new(key, Acme, new ToPerson(Dana), Reply.Text("A reminder"));

    [Fact]
    public async Task A_message_enqueued_once_is_sent_once_even_by_two_hosts()
    {
        var (outbox, first, store) = await HostAsync();
        var (_, second, _) = await HostAsync();

        Assert.True(await outbox.EnqueueAsync(ToDana(), default));
        Assert.False(await outbox.EnqueueAsync(ToDana(), default));
        await Task.WhenAll(first.SendDueAsync(default), second.SendDueAsync(default), first.SendDueAsync(default));

        var sent = Assert.Single(_slack.Delivered);
        Assert.Equal((Dana.Id, "A reminder"), (sent.Recipient, sent.Text));
        Assert.Equal(OutboxStatus.Sent, (await store.FindAsync(ToDana().Key, default))!.Status);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_after_its_backoff_and_a_permanent_one_never()
    {
        var (outbox, processor, store) = await HostAsync();
        _slack.Script(Dana.Id, DeliveryOutcome.TransientFailure);
        _slack.Script("conversation:C0GONE", DeliveryOutcome.PermanentFailure);
        await outbox.EnqueueAsync(ToDana(), default);
        await outbox.EnqueueAsync(new OutboundMessage("readiness/1/results", Acme, new ToConversation("slack", "C0GONE"), Reply.Text("Results")), default);

        await processor.SendDueAsync(default);
        _clock.Advance(TimeSpan.FromSeconds(2)); // the first pause is at least half of 5 s
        await processor.SendDueAsync(default);
        var beforeBackoff = _slack.Delivered.Count;
        _clock.Advance(TimeSpan.FromSeconds(3));
        await processor.SendDueAsync(default);
        _clock.Advance(TimeSpan.FromDays(1));
        await processor.SendDueAsync(default);

        Assert.Equal(0, beforeBackoff);
        Assert.Single(_slack.Delivered);
        var retried = (await store.FindAsync(ToDana().Key, default))!;
        Assert.Equal((OutboxStatus.Sent, 2), (retried.Status, retried.Attempts));
        var failed = (await store.FindAsync("readiness/1/results", default))!;
        Assert.Equal((OutboxStatus.Failed, 1, "user_not_found"), (failed.Status, failed.Attempts, failed.Detail));
    }

    [Fact]
    public async Task An_outage_longer_than_a_handful_of_attempts_is_outlasted_and_the_message_sent_once()
    {
        var (outbox, processor, store) = await HostAsync();
        // Ten failures span well over an hour of backoff: a rule that counts attempts has given up long before.
        _slack.Script(Dana.Id, [.. Enumerable.Repeat(DeliveryOutcome.TransientFailure, 10)]);
        await outbox.EnqueueAsync(ToDana(), default);

        await SendUntilSettledAsync(processor, store);

        Assert.Single(_slack.Delivered);
        var row = (await store.FindAsync(ToDana().Key, default))!;
        Assert.Equal((OutboxStatus.Sent, 11), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task Transient_failures_for_the_whole_retry_window_give_up_and_say_so()
    {
        var (outbox, processor, store) = await HostAsync();
        _slack.Script(Dana.Id, [.. Enumerable.Repeat(DeliveryOutcome.TransientFailure, 1000)]);
        await outbox.EnqueueAsync(ToDana(), default);

        await SendUntilSettledAsync(processor, store);

        Assert.Empty(_slack.Delivered);
        var row = (await store.FindAsync(ToDana().Key, default))!;
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Matches("^gave up after [0-9]+ attempts over 24 hours", row.Detail);
        Assert.True(_clock.GetUtcNow() - row.CreatedAt >= TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task A_feature_following_its_messages_hears_every_attempt_and_its_own_window_decides_when_to_give_up()
    {
        var follower = new RecordingFollower("nudges/", new SendRetryWindow(TimeSpan.FromHours(6)));
        var (outbox, processor, store) = await HostAsync(follower);
        _slack.Script(Dana.Id, [.. Enumerable.Repeat(DeliveryOutcome.TransientFailure, 1000)]);
        await outbox.EnqueueAsync(ToDana("nudges/acme/dana"), default);
        await outbox.EnqueueAsync(ToDana(), default);

        await SendUntilSettledAsync(processor, store, "nudges/acme/dana");

        var last = follower.Heard[^1];
        Assert.Equal(OutboxStatus.Failed, last.Status);
        Assert.Matches("^gave up after [0-9]+ attempts over 6 hours", last.Detail);
        Assert.Equal(Enumerable.Range(1, follower.Heard.Count), follower.Heard.Select(o => o.Attempts));
        Assert.All(follower.Heard, o => Assert.Equal("nudges/acme/dana", o.Key));
        Assert.Equal(OutboxStatus.Retry, (await store.FindAsync(ToDana().Key, default))!.Status); // another feature's row keeps the outbox's own 24 hours
    }

    private sealed class RecordingFollower(string prefix, SendRetryWindow window) : IOutboxFollower
    {
        public List<OutboxOutcome> Heard { get; } = [];

        public string KeyPrefix => prefix;

        public SendRetryWindow RetryWindow => window;

        public Task RecordAsync(OutboxOutcome outcome, CancellationToken cancellationToken)
        {
            Heard.Add(outcome);
            return Task.CompletedTask;
        }
    }

    /// <summary>Sends what is due and moves the clock to the row's next try, until the row is sent or failed (bounded).</summary>
    private async Task SendUntilSettledAsync(OutboxProcessor processor, IOutboxStore store, string? key = null)
    {
        for (var round = 0; round < 500; round++)
        {
            await processor.SendDueAsync(default);
            var row = (await store.FindAsync(key ?? ToDana().Key, default))!;
            if (row.Status is OutboxStatus.Sent or OutboxStatus.Failed)
            {
                return;
            }
            _clock.Advance(row.NextAttemptAt - _clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException("the row never settled");
    }

    [Fact]
    public async Task A_row_claimed_by_a_host_that_died_is_sent_once_its_lease_runs_out()
    {
        var (outbox, processor, store) = await HostAsync();
        await outbox.EnqueueAsync(ToDana(), default);
        Assert.True(await store.TryClaimAsync(ToDana().Key, "crashed-host", _clock.GetUtcNow(), _clock.GetUtcNow() + OutboxProcessor.Lease, default));

        await processor.SendDueAsync(default);
        var whileLeased = _slack.Delivered.Count;
        _clock.Advance(OutboxProcessor.Lease + TimeSpan.FromSeconds(1));
        await processor.SendDueAsync(default);

        Assert.Equal(0, whileLeased);
        Assert.Single(_slack.Delivered);
    }

    [Fact]
    public async Task A_message_for_a_channel_this_host_does_not_have_fails_with_the_reason()
    {
        var (outbox, processor, store) = await HostAsync();
        await outbox.EnqueueAsync(new OutboundMessage("k", Acme, new ToPerson(new UserRef("teams:aad-1")), Reply.Text("hi")), default);

        await processor.SendDueAsync(default);

        var row = (await store.FindAsync("k", default))!;
        Assert.Equal((OutboxStatus.Failed, "no teams channel is configured in this host"), (row.Status, row.Detail));
    }
}
