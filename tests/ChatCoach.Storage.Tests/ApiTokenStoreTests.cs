using ChatCoach.Domain.Api;
using ChatCoach.Domain.People;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class ApiTokenStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkspaceId Acme = new("slack:T-ACME");
    private static readonly WorkspaceId Other = new("slack:T-OTHER");

    private static ApiToken Token(string name, string secret, WorkspaceId? workspace = null, params string[] scopes) =>
        new(workspace ?? Acme, name, scopes.Length > 0 ? scopes : [ApiScopes.WriteValues], ApiTokenSecrets.Hash(secret), UserRef.Local("alex"), Now);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_token_is_found_by_its_secrets_hash_until_revoked_and_its_name_is_one_live_token(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlApiTokenStore(db.Database);

        Assert.True(await store.AddAsync(Token("hubspot-sync", "cc_first", scopes: [ApiScopes.Read, ApiScopes.WriteValues]), None));
        Assert.False(await store.AddAsync(Token("hubspot-sync", "cc_second"), None));
        Assert.True(await store.AddAsync(Token("hubspot-sync", "cc_elsewhere", Other), None));

        var found = await new SqlApiTokenStore(db.Reopen()).FindActiveAsync(ApiTokenSecrets.Hash("cc_first"), None);
        Assert.NotNull(found);
        Assert.Equal((Acme, "hubspot-sync", UserRef.Local("alex"), Now), (found.Workspace, found.Name, found.CreatedBy, found.CreatedAt));
        Assert.Equal([ApiScopes.Read, ApiScopes.WriteValues], found.Scopes);
        Assert.Null(await store.FindActiveAsync(ApiTokenSecrets.Hash("cc_second"), None));

        Assert.True(await store.RevokeAsync(Acme, "hubspot-sync", Now.AddDays(1), None));
        Assert.False(await store.RevokeAsync(Acme, "hubspot-sync", Now.AddDays(2), None));
        Assert.Null(await store.FindActiveAsync(ApiTokenSecrets.Hash("cc_first"), None));
        Assert.NotNull(await store.FindActiveAsync(ApiTokenSecrets.Hash("cc_elsewhere"), None));

        // A revoked token's name may be given to a new one; the list keeps both, the old one marked.
        Assert.True(await store.AddAsync(Token("hubspot-sync", "cc_third"), None));
        var listed = await store.ListAsync(Acme, None);
        Assert.Equal([Now.AddDays(1), null], listed.Select(t => t.RevokedAt));
        Assert.All(listed, t => Assert.Equal(Acme, t.Workspace));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_many_retries_with_one_key_one_claims_it_and_the_rest_see_its_answer(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => new SqlIdempotencyStore(db.Reopen()).ClaimAsync(Acme, "hubspot-sync", "run-1", "hash-a", Now, None))));
        Assert.Single(claims, c => c is null);
        Assert.All(claims.OfType<IdempotentAnswer>(), c => Assert.Equal(("hash-a", 0), (c.RequestHash, c.Status)));

        var store = new SqlIdempotencyStore(db.Database);
        await store.AnswerAsync(Acme, "hubspot-sync", "run-1", 201, """{"recorded":{}}""", None);
        var kept = await store.ClaimAsync(Acme, "hubspot-sync", "run-1", "hash-b", Now, None);
        Assert.Equal(new IdempotentAnswer("hash-a", 201, """{"recorded":{}}"""), kept);
        // Keys are per token and per workspace.
        Assert.Null(await store.ClaimAsync(Acme, "other-sync", "run-1", "hash-a", Now, None));
        Assert.Null(await store.ClaimAsync(Other, "hubspot-sync", "run-1", "hash-a", Now, None));

        // A claim whose write failed is released; an answered one is not.
        await store.ReleaseAsync(Acme, "other-sync", "run-1", None);
        await store.ReleaseAsync(Acme, "hubspot-sync", "run-1", None);
        Assert.Null(await store.ClaimAsync(Acme, "other-sync", "run-1", "hash-c", Now, None));
        Assert.NotNull(await store.ClaimAsync(Acme, "hubspot-sync", "run-1", "hash-a", Now, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_claim_left_unanswered_by_a_process_that_died_is_taken_over_once_after_the_in_flight_limit(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlIdempotencyStore(db.Database);
        Assert.Null(await store.ClaimAsync(Acme, "hubspot-sync", "run-9", "hash-a", Now, None));
        // The process died here: its write and the answer were one unit, so nothing was stored.

        var meanwhile = await store.ClaimAsync(Acme, "hubspot-sync", "run-9", "hash-a", Now + SqlIdempotencyStore.InFlightLimit - TimeSpan.FromSeconds(1), None);
        var later = Now + SqlIdempotencyStore.InFlightLimit + TimeSpan.FromSeconds(1);
        var retries = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => new SqlIdempotencyStore(db.Reopen()).ClaimAsync(Acme, "hubspot-sync", "run-9", "hash-a", later, None))));

        Assert.Equal(0, meanwhile!.Status);
        Assert.Single(retries, c => c is null);
        await store.AnswerAsync(Acme, "hubspot-sync", "run-9", 201, """{"recorded":{}}""", None);
        Assert.Equal(201, (await store.ClaimAsync(Acme, "hubspot-sync", "run-9", "hash-a", later.AddDays(1), None))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Requests_racing_from_several_hosts_each_get_their_own_count_in_the_window(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => new SqlApiRateWindows(db.Reopen()).CountAsync("hash-a", Now, None))));
        Assert.Equal(Enumerable.Range(1, 8), counts.Order());

        var windows = new SqlApiRateWindows(db.Database);
        Assert.Equal(1, await windows.CountAsync("hash-a", Now.AddMinutes(1), None));
        Assert.Equal(1, await windows.CountAsync("hash-b", Now, None));

        Assert.Equal(2, await windows.PruneAsync(Now.AddMinutes(1), None));
        Assert.Equal(2, await windows.CountAsync("hash-a", Now.AddMinutes(1), None));
        Assert.Equal(1, await windows.CountAsync("hash-a", Now, None));
    }
}

