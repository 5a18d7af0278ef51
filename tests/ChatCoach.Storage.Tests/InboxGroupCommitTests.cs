using ChatCoach.Domain.Inbound;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// The inbox's group commit: concurrent inserts, claims and dones share statements, and each caller
/// still gets exactly its own answer — one winner per key, also within one batch and across hosts.
/// </summary>
public sealed class InboxGroupCommitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static InboundEvent Event(string id) => new("slack", id, "{\"event_id\":\"" + id + "\"}", Now);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_inserts_store_every_event_once_and_tell_each_retry_it_is_a_duplicate(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlInboxStore(db.Database);

        // 300 events, each delivered three times at once (Slack's retries arriving together).
        var results = await Task.WhenAll(Enumerable.Range(0, 900).Select(i =>
            Task.Run(() => store.TryAddAsync(Event($"Ev{i % 300}"), None))));

        Assert.Equal(300, results.Count(accepted => accepted));
        Assert.Equal(300, (await store.PendingAsync(Now, 1000, None)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_hosts_storing_the_same_retried_events_in_opposite_orders_both_acknowledge_every_one(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var first = new SqlInboxStore(db.Database);
        var second = new SqlInboxStore(db.Reopen());

        // Slack retrying each event to another host while the first still stores it: the two hosts'
        // batches hold the same keys, one host's in the reverse order of the other's.
        for (var round = 0; round < 10; round++)
        {
            var ids = Enumerable.Range(0, 200).Select(i => $"R{round}E{i:D3}").ToList();
            var results = await Task.WhenAll(
                ids.Select(id => Task.Run(() => first.TryAddAsync(Event(id), None)))
                    .Concat(Enumerable.Reverse(ids).Select(id => Task.Run(() => second.TryAddAsync(Event(id), None)))));

            Assert.Equal(ids.Count, results.Count(accepted => accepted));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_hosts_claiming_the_same_rows_at_once_each_row_has_one_winner(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var first = new SqlInboxStore(db.Database);
        var second = new SqlInboxStore(db.Reopen());
        for (var i = 0; i < 100; i++)
        {
            await first.TryAddAsync(Event($"Ev{i}"), None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
        {
            var (store, claimant) = (i % 4) switch
            {
                0 => (first, "host-a"),
                1 => (first, "host-a"), // the same host's two workers racing for one row
                2 => (second, "host-b"),
                _ => (second, "host-c"),
            };
            return Task.Run(async () => (Id: $"Ev{i / 4}", Won: await store.TryClaimAsync("slack", $"Ev{i / 4}", claimant, Now, Now.AddMinutes(2), None)));
        }));

        Assert.All(claims.GroupBy(c => c.Id), row => Assert.Single(row, c => c.Won));
        Assert.Empty(await first.PendingAsync(Now.AddMinutes(1), 1000, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_dones_finish_every_row(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlInboxStore(db.Database);
        for (var i = 0; i < 150; i++)
        {
            await store.TryAddAsync(Event($"Ev{i}"), None);
            await store.TryClaimAsync("slack", $"Ev{i}", "host", Now, Now.AddMinutes(2), None);
        }

        await Task.WhenAll(Enumerable.Range(0, 150).Select(i => Task.Run(() => store.MarkDoneAsync("slack", $"Ev{i}", Now.AddSeconds(1), None))));

        // Leases have long run out: only unfinished rows would come back.
        Assert.Empty(await store.PendingAsync(Now.AddHours(1), 1000, None));
        Assert.False(await store.TryClaimAsync("slack", "Ev7", "late", Now.AddHours(1), Now.AddHours(2), None));
    }
}
