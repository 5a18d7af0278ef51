using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>Every way a token can be wrong is refused with 401 and nothing is processed.</summary>
public sealed class InboundAuthenticationTests : TeamsHostTests
{
    public static TheoryData<string> Forgeries() =>
    [
        "wrong key", "wrong issuer", "wrong audience", "expired", "not yet valid", "serviceurl mismatch",
        "endorsement missing", "alg none", "no token", "not a jwt", "malformed jwt",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_or_missing_token_gets_401_and_nothing_is_processed(string forgery)
    {
        var response = await Host.PostAsync(Host.Activity("message-personal"), Forge(forgery));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Host.Inbox.Seen());
        Assert.Empty(Host.Coach.Asked);
    }

    [Fact]
    public async Task A_token_that_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var now = Host.Clock.GetUtcNow();
        var token = Platform.Keys.Mint(Host.ValidClaims() with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) });

        var response = await Host.PostAsync(Host.Activity("message-personal"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_endorsements_for_another_channel_is_refused_but_msteams_is_accepted()
    {
        var activity = Host.Activity("message-personal");
        activity["channelId"] = "webchat";

        var webChatWithTeamsKey = await Host.PostAsync(activity, Host.ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, webChatWithTeamsKey.StatusCode);
    }

    [Fact]
    public async Task A_captured_token_replayed_is_handled_once_cannot_redirect_replies_and_dies_with_its_expiry()
    {
        var token = Host.ValidToken();
        var activity = Host.Activity("message-personal");
        var redirected = Host.Activity("message-personal");
        redirected["id"] = "1767765599999";
        redirected["serviceUrl"] = "https://smba.attacker.example/teams/";

        var original = await Host.PostAsync(activity, token);
        var replayed = await Host.PostAsync(activity, token);
        var elsewhere = await Host.PostAsync(redirected, token);
        Host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));
        var late = await Host.PostAsync(activity, token);
        await Host.Inbox.NextHandledAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
            (original.StatusCode, replayed.StatusCode, elsewhere.StatusCode, late.StatusCode));
        Assert.Single(Host.Inbox.Seen());
        Assert.Single(Host.Coach.Asked);
    }

    [Fact]
    public async Task A_token_accepted_once_is_still_checked_against_each_activitys_channel()
    {
        var token = Host.ValidToken();
        var webChat = Host.Activity("message-personal");
        webChat["id"] = "1767765599998";
        webChat["channelId"] = "webchat";

        var teams = await Host.PostAsync(Host.Activity("message-personal"), token);
        var sameTokenWebChat = await Host.PostAsync(webChat, token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (teams.StatusCode, sameTokenWebChat.StatusCode));
    }

    private string? Forge(string forgery)
    {
        var now = Host.Clock.GetUtcNow();
        var claims = Host.ValidClaims();
        return forgery switch
        {
            "wrong key" => Platform.Keys.Mint(claims, TestSigningKeys.RogueKeyId),
            "wrong issuer" => Platform.Keys.Mint(claims with { Issuer = "https://sts.windows.net/attacker/" }),
            "wrong audience" => Platform.Keys.Mint(claims with { Audience = "9d3b8a52-0000-4000-8000-000000000000" }),
            "expired" => Platform.Keys.Mint(claims with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not yet valid" => Platform.Keys.Mint(claims with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }),
            "serviceurl mismatch" => Platform.Keys.Mint(claims with { ServiceUrl = "https://smba.attacker.example/teams/" }),
            "endorsement missing" => Platform.Keys.Mint(claims, TestSigningKeys.WebChatKeyId),
            "alg none" => TestSigningKeys.MintWithoutSignature(claims),
            "not a jwt" => "definitely-not-a-token",
            "malformed jwt" => "eyJhbGciOiJSUzI1NiJ9.%%%.@@@",
            _ => null,
        };
    }
}
