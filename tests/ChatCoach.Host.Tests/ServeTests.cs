using System.Net;
using ChatCoach.Host.Commands;
using ChatCoach.Host.Configuration;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatCoach.Host.Tests;

/// <summary>The server on a real loopback port.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly TempSqlite _file = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = ServeCommand.Build(["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:ChatCoach=Data Source={_file.Path}"]);
        await CoreServices.PrepareAsync(_app.Services, CancellationToken.None);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task Liveness_answers_200()
    {
        var response = await _http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_answers_200_while_storage_is_reachable()
    {
        var response = await _http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_404_not_500()
    {
        var response = await _http.PostAsync("/nothing-here", new StringContent("{"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
