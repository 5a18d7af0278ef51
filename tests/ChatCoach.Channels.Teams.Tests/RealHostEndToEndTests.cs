using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// Teams through the real host (ServeCommand: durable inbox on SQLite, the real coach, planner and
/// plugins) against the fake Bot Framework platform: a signed personal message in, the standing card
/// out at the fake connector with the bot's own token.
/// </summary>
public sealed class RealHostEndToEndTests : IAsyncLifetime
{
    private readonly TempSqlite _file = new();
    private FakeBotPlatform _platform = null!;
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        _platform = await FakeBotPlatform.StartAsync();
        var settings = TeamsTestHost.DefaultSettings(_platform).Select(s => $"--{s.Key}={s.Value}").ToArray();
        _server = await RunningServer.StartAsync(_file.ConnectionString, settings);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _platform.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task A_signed_personal_message_is_answered_with_the_standing_card_through_the_connector()
    {
        var activity = Payloads.Load("message-personal", _platform.ServiceUrl);
        activity["text"] = "where do we stand";
        var now = DateTimeOffset.UtcNow;
        var token = _platform.Keys.Mint(new TokenClaims(TeamsTestHost.Issuer, TeamsTestHost.AppId, _platform.ServiceUrl, now.AddMinutes(-1), now.AddHours(1)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await _server.Http.SendAsync(request);
        var reply = await _platform.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("Bearer ", reply.Authorization, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Cost per qualified opportunity", reply.Body, StringComparison.Ordinal);
    }
}
