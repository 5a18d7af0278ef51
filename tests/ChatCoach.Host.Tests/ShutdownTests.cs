using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

public sealed class ShutdownTests : IDisposable
{
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Sigterm_stops_the_server_and_exits_zero()
    {
        await using var host = await ServerProcess.StartAsync(Path.GetDirectoryName(_file.Path)!,
            new Dictionary<string, string> { ["ConnectionStrings__ChatCoach"] = _file.ConnectionString });

        var exitCode = await host.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
    }
}
