using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>The app password, the platform's tokens and the bot's own token never reach the logs, at any level.</summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task No_secret_or_token_is_logged_across_accepted_refused_and_retried_exchanges()
    {
        var logs = new CapturedLogs();
        await using var host = await RealTeamsHost.StartAsync(services => services.AddSingleton<ILoggerProvider>(logs), "--Logging:LogLevel:Default=Trace");
        var platform = host.Platform;
        var now = host.Server.Clock.GetUtcNow();
        var valid = platform.Keys.Mint(new TokenClaims(TeamsTestHost.Issuer, TeamsTestHost.AppId, platform.ServiceUrl, now.AddMinutes(-1), now.AddHours(1)));
        var expired = platform.Keys.Mint(new TokenClaims(TeamsTestHost.Issuer, TeamsTestHost.AppId, platform.ServiceUrl, now.AddHours(-3), now.AddHours(-2)));
        var forged = TestSigningKeys.MintWithoutSignature(new TokenClaims(TeamsTestHost.Issuer, TeamsTestHost.AppId, platform.ServiceUrl, now, now.AddHours(1)));

        var refusedExpired = await host.PostAsync(host.Activity("message-personal", "1767765500010"), token: expired);
        var refusedForged = await host.PostAsync(host.Activity("message-personal", "1767765500011"), token: forged);
        platform.Script(401);
        var accepted = await host.PostAsync(host.Activity("message-personal", "1767765500012"), token: valid);
        await platform.NextCallAsync();
        await Task.Delay(500); // room for the connector client's retry after the 401

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (refusedExpired, refusedForged, accepted));
        Assert.True(platform.TokenRequests >= 1, "the bot fetched its own token");
        Assert.Contains(logs.Lines, line => line.Contains("/api/messages", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("/token", StringComparison.Ordinal));
        foreach (var secret in new[] { "test-client-secret", FakeBotPlatform.AccessToken, valid, expired, forged, valid.Split('.')[2] })
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
