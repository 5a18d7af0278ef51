using ChatCoach.Domain.Delivery;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class ConversationAddressStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Saving_again_refreshes_the_address_and_clears_an_unusable_mark(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlConversationAddressStore(db.Database);
        await store.SaveAsync(new ConversationAddress("teams", "teams:tenant", "user:aad1", "{\"serviceUrl\":\"a\"}", Now), None);
        await store.MarkUnusableAsync("teams", "teams:tenant", "user:aad1", "BotNotInConversationRoster", None);

        Assert.False((await store.FindAsync("teams", "teams:tenant", "user:aad1", None))!.Usable);

        await store.SaveAsync(new ConversationAddress("teams", "teams:tenant", "user:aad1", "{\"serviceUrl\":\"b\"}", Now.AddHours(1)), None);
        var refreshed = await store.FindAsync("teams", "teams:tenant", "user:aad1", None);

        Assert.True(refreshed!.Usable);
        Assert.Equal("{\"serviceUrl\":\"b\"}", refreshed.Payload);
        Assert.Null(await store.FindAsync("teams", "teams:other-tenant", "user:aad1", None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Several_keys_are_found_in_one_lookup_each_once_and_saved_in_one_write_each_as_alone(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlConversationAddressStore(db.Database);
        await store.SaveAsync(new ConversationAddress("teams", "teams:tenant", "user:aad1", "{\"serviceUrl\":\"a\"}", Now), None);
        await store.MarkUnusableAsync("teams", "teams:tenant", "user:aad1", "BotNotInConversationRoster", None);
        await store.SaveAsync(new ConversationAddress("teams", "teams:other-tenant", "conversation:c1", "{}", Now), None);
        await store.SaveAsync(new ConversationAddress("slack", "teams:tenant", "conversation:c1", "{}", Now), None);

        await store.SaveAllAsync(
        [
            new ConversationAddress("teams", "teams:tenant", "conversation:c1", "{\"serviceUrl\":\"b\"}", Now.AddHours(1)),
            new ConversationAddress("teams", "teams:tenant", "user:aad2", "{\"serviceUrl\":\"c\"}", Now.AddHours(1)),
        ], None);
        var found = await store.FindAllAsync("teams", "teams:tenant", ["conversation:c1", "user:aad1", "user:aad2", "user:nobody", "user:aad1"], None);

        Assert.Equal(["conversation:c1", "user:aad1", "user:aad2"], found.Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Equal("{\"serviceUrl\":\"b\"}", found.Single(a => a.Key == "conversation:c1").Payload);
        // Unusable addresses are found as such (the caller decides); other channels and workspaces are not.
        Assert.False(found.Single(a => a.Key == "user:aad1").Usable);
        Assert.Empty(await store.FindAllAsync("teams", "teams:tenant", [], None));
    }

    /// <summary>
    /// A tenant with 20,000 references in a table the database has never analysed (a new tenant's first
    /// day): looking up two of them must probe the primary key for each, not read the tenant's every
    /// reference and filter. PostgreSQL planned "key = ANY(@keys)" that way — 36 ms a Teams message in
    /// the benchmark — so the plan of the statement the store sends is checked on both databases.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Looking_up_a_few_references_of_a_large_unanalysed_tenant_probes_the_key_of_each(string provider)
    {
        await using var table = await QueryPlans.UnanalysedAsync(provider,
            """
            INSERT INTO conversation_addresses (channel, workspace_id, key, payload, updated_at, unusable_reason)
            SELECT 'teams', 'teams:tenant', 'user:' || i, '{}', '2026-11-23T09:00:00.0000000+00:00', NULL FROM n
            """);
        var sql = SqlConversationAddressStore.FindAllSql(2);
        (string, object?)[] keys = [("@channel", "teams"), ("@ws", "teams:tenant"), ("@k0", "user:17"), ("@k1", "user:not-yet")];

        var plan = await QueryPlans.ExplainAsync(provider, table.Connection, sql, keys);
        var found = await new SqlConversationAddressStore(table.Db.Database).FindAllAsync("teams", "teams:tenant", ["user:17", "user:not-yet"], None);

        Assert.Equal(["user:17"], found.Select(a => a.Key));
        QueryPlans.AssertProbesByWholeKey(provider, plan, "key", 2);
    }
}
