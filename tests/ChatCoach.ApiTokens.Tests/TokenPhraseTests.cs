using ChatCoach.ApiTokens.Conversation;
using ChatCoach.Domain.Api;

namespace ChatCoach.ApiTokens.Tests;

public sealed class TokenPhraseTests
{
    [Theory]
    [InlineData("create an API token called hubspot-sync that can write values", "hubspot-sync", ApiScopes.WriteValues)]
    [InlineData("Make a new api token named \"nightly\" to push values.", "nightly", ApiScopes.WriteValues)]
    [InlineData("please create an API-token called dashboard that can only read", "dashboard", ApiScopes.Read)]
    [InlineData("generate an apitoken called looker, read-only", "looker", ApiScopes.Read)]
    [InlineData("create an API token called zapier", "zapier", null)]
    public void Create_reads_the_name_and_what_the_token_may_do(string message, string name, string? scope)
    {
        var create = Assert.IsType<CreateApiToken>(ApiTokenPhrases.Read(message));

        Assert.Equal(name, create.Name);
        Assert.Equal(scope is null ? [] : [scope], create.Scopes);
    }

    [Theory]
    [InlineData("list API tokens")]
    [InlineData("show me all the api tokens?")]
    [InlineData("which API tokens do we have")]
    public void List_is_read(string message) => Assert.IsType<ListApiTokens>(ApiTokenPhrases.Read(message));

    [Theory]
    [InlineData("revoke the API token hubspot-sync", "hubspot-sync")]
    [InlineData("Delete API token called 'nightly'.", "nightly")]
    public void Revoke_reads_the_name(string message, string name) =>
        Assert.Equal(name, Assert.IsType<RevokeApiToken>(ApiTokenPhrases.Read(message)).Name);

    [Theory]
    [InlineData("create an indicator called pipeline")]
    [InlineData("list the indicators")]
    [InlineData("revoke access for dana")]
    [InlineData("what is an API token")]
    [InlineData("412")]
    public void Other_messages_are_left_alone(string message) => Assert.Null(ApiTokenPhrases.Read(message));
}
