using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

public sealed class ShutdownTests : IDisposable
{
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Sigterm_stops_the_server_and_exits_zero()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"exec \"{HostProcess.HostDll}\" serve --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_file.Path)!,
        };
        start.Environment["ConnectionStrings__ChatCoach"] = _file.ConnectionString;
        using var host = Process.Start(start)!;
        _ = host.StandardOutput.ReadToEndAsync();
        _ = host.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        await WaitForLivenessAsync(http, host);
        using (var kill = Process.Start("kill", $"-TERM {host.Id}"))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, host.ExitCode);
    }

    private static async Task WaitForLivenessAsync(HttpClient http, Process host)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            Assert.False(host.HasExited, "the host exited before it was up");
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException("The host did not come up.");
    }
}
