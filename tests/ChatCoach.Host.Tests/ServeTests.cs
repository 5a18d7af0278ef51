using System.Net;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>The server on a real loopback port.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly TempSqlite _file = new();
    private RunningServer _server = null!;

    private HttpClient Http => _server.Http;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(_file.ConnectionString);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _file.Dispose();
    }
    [Fact]
    public async Task Liveness_answers_200()
    {
        var response = await Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_answers_200_while_storage_is_reachable()
    {
        var response = await Http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_teams_configured_the_messaging_endpoint_refuses_an_activity_without_a_token()
    {
        await using var teams = await RunningServer.StartAsync(_file.ConnectionString,
            "--ChatCoach:Teams:AppId=00000000-0000-0000-0000-00000000b07", "--ChatCoach:Teams:AppPassword=not-a-real-secret",
            "--ChatCoach:Teams:TenantId=11111111-1111-1111-1111-111111111111");

        var response = await teams.Http.PostAsync("/api/messages", new StringContent(
            """{"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/","text":"where do we stand"}""",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_channels_configured_their_endpoints_do_not_exist()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsync("/api/messages", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsync("/slack/events", new StringContent("{}"))).StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_404_not_500()
    {
        var response = await Http.PostAsync("/nothing-here", new StringContent("{"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
