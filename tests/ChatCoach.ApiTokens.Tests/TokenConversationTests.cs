using System.Text.Json;
using System.Text.RegularExpressions;
using ChatCoach.ApiTokens.Plugin;
using ChatCoach.Domain.Api;
using ChatCoach.Conversation.Presenting;
using static ChatCoach.ApiTokens.Tests.TokenWorld;

namespace ChatCoach.ApiTokens.Tests;

/// <summary>An admin makes, lists and revokes tokens in chat; a channel never sees a secret; nobody else may.</summary>
public sealed partial class TokenConversationTests
{
    [GeneratedRegex(@"cc_[A-Za-z0-9_-]{43}")]
    private static partial Regex Secret();

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_admin_makes_a_token_in_a_DM_sees_its_secret_once_lists_it_without_the_secret_and_revokes_it(string provider)
    {
        await using var world = await CreateAsync(provider);

        var created = await world.SayAsync(Ada, "Create an API token called hubspot-sync that can write values");

        var secret = Secret().Match(created).Value;
        Assert.True(secret.Length > 0, created);
        var stored = Assert.Single(await world.ListAsync());
        Assert.Equal(("hubspot-sync", Ada, ApiTokenSecrets.Hash(secret)), (stored.Name, stored.CreatedBy, stored.SecretHash));
        Assert.Equal([ApiScopes.WriteValues], stored.Scopes);
        Assert.NotNull(await world.Tokens.FindActiveAsync(ApiTokenSecrets.Hash(secret), CancellationToken.None));

        var listed = await world.SayAsync(Ada, "list API tokens");
        Assert.Contains("hubspot-sync — write:values, made by", listed);
        Assert.Contains("active", listed);
        Assert.DoesNotContain(secret, listed);

        var revoked = await world.SayAsync(Ada, "revoke the API token hubspot-sync");
        Assert.Contains("Revoked the API token hubspot-sync", revoked);
        Assert.Null(await world.Tokens.FindActiveAsync(ApiTokenSecrets.Hash(secret), CancellationToken.None));
        Assert.Contains("revoked on 18 November 2026", await world.SayAsync(Ada, "list api tokens"));
        Assert.Contains("no active API token called hubspot-sync", await world.SayAsync(Ada, "revoke the API token hubspot-sync"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task In_a_channel_no_token_is_made_and_the_bot_says_to_ask_in_a_DM(string provider)
    {
        await using var world = await CreateAsync(provider);

        var reply = await world.SayAsync(Ada, "create an API token called hubspot-sync that can write values", direct: false);

        Assert.Contains("direct message", reply);
        Assert.DoesNotMatch(Secret(), reply);
        Assert.Empty(await world.ListAsync());
        // Listing shows no secret, so an admin may list in a channel.
        Assert.Contains("no API tokens", await world.SayAsync(Ada, "list API tokens", direct: false));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Someone_who_is_not_an_admin_can_neither_make_list_nor_revoke_a_token(string provider)
    {
        await using var world = await CreateAsync(provider);
        await world.SayAsync(Ada, "create an API token called dashboard that can read");

        var create = await world.SayAsync(Dana, "create an API token called mine that can write values");
        var list = await world.SayAsync(Dana, "list API tokens");
        var revoke = await world.SayAsync(Dana, "revoke the API token dashboard");

        Assert.All([create, list, revoke], reply => Assert.Contains("Only an admin of this workspace can manage its API tokens.", reply));
        Assert.DoesNotContain("dashboard", list);
        var only = Assert.Single(await world.ListAsync());
        Assert.Equal(("dashboard", null), (only.Name, only.RevokedAt));
        Assert.Equal([ApiScopes.Read], only.Scopes);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_bad_name_a_missing_scope_and_a_taken_name_get_a_clear_answer_and_make_nothing_new(string provider)
    {
        await using var world = await CreateAsync(provider);

        Assert.Contains("can't name a token", await world.SayAsync(Ada, "create an API token called HubSpot! that can write values"));
        Assert.Contains("Say what hubspot may do", await world.SayAsync(Ada, "create an API token called hubspot"));
        Assert.Empty(await world.ListAsync());

        await world.SayAsync(Ada, "create an API token called hubspot that can read");
        Assert.Contains("already has an active API token called hubspot", await world.SayAsync(Ada, "create an API token called hubspot that can write values"));
        Assert.Single(await world.ListAsync());
    }

    [Fact]
    public void A_model_is_never_shown_the_secret()
    {
        var created = new ApiTokenCreated("hubspot-sync", [ApiScopes.WriteValues], "cc_the-secret");

        Assert.DoesNotContain("cc_the-secret", JsonSerializer.Serialize(ResultPresenters.ForModel(created)));
        Assert.Contains("cc_the-secret", ResultPresenters.ForPeople(created).PlainText);
    }
}
