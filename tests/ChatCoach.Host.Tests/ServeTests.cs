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
    public async Task Unknown_paths_are_404_not_500()
    {
        var response = await Http.PostAsync("/nothing-here", new StringContent("{"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
