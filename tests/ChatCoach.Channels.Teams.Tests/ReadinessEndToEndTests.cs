using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.TestSupport;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// The readiness survey through the real host and the fake Bot Framework platform: started by a
/// mention in a channel, taken from the channel, the first question sent to a new 1:1 conversation.
/// </summary>
public sealed class ReadinessEndToEndTests : IAsyncLifetime
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
    public async Task Started_in_a_channel_and_taken_there_the_questions_arrive_in_a_personal_chat()
    {
        Assert.Equal(HttpStatusCode.OK, await MentionAsync("start the readiness survey", "1759881511856"));
        var announcement = await _platform.NextCallAsync();
        Assert.Contains("Take the survey", announcement.Body, StringComparison.Ordinal);
        Assert.Contains("take the readiness survey", announcement.Body, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await MentionAsync("take the readiness survey", "1759881511999"));
        var calls = new List<ConnectorCall>();
        while (!calls.Any(c => c.Path.Contains("a:newPersonalConversation", StringComparison.Ordinal)))
        {
            calls.Add(await _platform.NextCallAsync());
        }

        var create = Assert.Single(calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains("29:1DanaTeamsUserIdxyz", create.Body, StringComparison.Ordinal);
        var question = calls.Single(c => c.Path.Contains("a:newPersonalConversation", StringComparison.Ordinal));
        Assert.Contains("Question 1 of 16", question.Body, StringComparison.Ordinal);
        Assert.Contains("I lead the team or a function", question.Body, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> MentionAsync(string text, string messageId)
    {
        var activity = Payloads.Load("message-channel-mention", _platform.ServiceUrl);
        activity["id"] = messageId;
        activity["text"] = "<at>ChatCoach</at> " + text;
        activity["entities"] = new JsonArray(activity["entities"]!.AsArray()[0]!.DeepClone());
        var now = DateTimeOffset.UtcNow;
        var token = _platform.Keys.Mint(new TokenClaims(TeamsTestHost.Issuer, TeamsTestHost.AppId, _platform.ServiceUrl, now.AddMinutes(-1), now.AddHours(1)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await _server.Http.SendAsync(request)).StatusCode;
    }
}
