using ChatCoach.Channels.Teams.Auth;
using ChatCoach.Channels.Teams.Tests.Fakes;
using Microsoft.IdentityModel.Tokens;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class EndorsementsTests
{
    [Fact]
    public void Endorsements_are_read_from_the_published_key_set()
    {
        using var keys = new TestSigningKeys();
        var set = new JsonWebKeySet(keys.Jwks());

        var teamsKey = set.Keys.Single(k => k.KeyId == TestSigningKeys.TeamsKeyId);

        Assert.Equal(["msteams"], Endorsements.Of(teamsKey));
        Assert.True(Endorsements.Allow(teamsKey, "msteams"));
        Assert.False(Endorsements.Allow(teamsKey, "webchat"));
        Assert.False(Endorsements.Allow(teamsKey, null));
    }

    [Fact]
    public void A_key_without_endorsements_allows_any_channel()
    {
        var key = new JsonWebKey("{\"kty\":\"RSA\",\"kid\":\"k\",\"n\":\"AQAB\",\"e\":\"AQAB\"}");

        Assert.Null(Endorsements.Of(key));
        Assert.True(Endorsements.Allow(key, "msteams"));
    }
}
