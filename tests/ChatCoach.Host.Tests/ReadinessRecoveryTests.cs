using System.Net;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

public sealed class ReadinessRecoveryTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("chatcoach-ready-").FullName;
    private RunningServer _server = null!;

    private string DataFolder => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        // No pooling, so a vanished database folder is noticed on the next check, as a lost network disk would be.
        var connection = $"Data Source={Path.Combine(DataFolder, "chatcoach.db")};Pooling=False";
        _server = await RunningServer.StartAsync(connection);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Readiness_fails_while_storage_is_unreachable_and_recovers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.GetAsync("/readyz")).StatusCode);

        Directory.Move(DataFolder, DataFolder + "-away");
        var whileAway = await _server.Http.GetAsync("/readyz");
        var liveness = await _server.Http.GetAsync("/healthz");
        Directory.Move(DataFolder + "-away", DataFolder);
        var afterwards = await _server.Http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileAway.StatusCode);
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}
