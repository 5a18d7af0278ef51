using System.Net;
using ChatCoach.Host.Commands;
using ChatCoach.Host.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

public sealed class ReadinessRecoveryTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("chatcoach-ready-").FullName;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    private string DataFolder => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        // No pooling, so a vanished database folder is noticed on the next check, as a lost network disk would be.
        var connection = $"Data Source={Path.Combine(DataFolder, "chatcoach.db")};Pooling=False";
        _app = ServeCommand.Build(["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:ChatCoach={connection}"]);
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
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Readiness_fails_while_storage_is_unreachable_and_recovers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/readyz")).StatusCode);

        Directory.Move(DataFolder, DataFolder + "-away");
        var whileAway = await _http.GetAsync("/readyz");
        var liveness = await _http.GetAsync("/healthz");
        Directory.Move(DataFolder + "-away", DataFolder);
        var afterwards = await _http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileAway.StatusCode);
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}
