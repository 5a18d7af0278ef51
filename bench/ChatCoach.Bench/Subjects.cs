using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatCoach.Bench;

/// <summary>A bot under test, running as its own process on loopback.</summary>
internal sealed class Subject : IAsyncDisposable
{
    private readonly Process _process;

    private Subject(string name, Process process, Uri eventsUrl, Uri? messagesUrl = null)
    {
        Name = name;
        _process = process;
        EventsUrl = eventsUrl;
        MessagesUrl = messagesUrl;
    }

    public string Name { get; }

    public Uri EventsUrl { get; }

    /// <summary>The Bot Framework messaging endpoint, for subjects that speak Teams.</summary>
    public Uri? MessagesUrl { get; }

    public int Pid => _process.Id;

    public static async Task<Subject> StartChatCoachAsync(string name, string slackApiUrl, FakeBotPlatform teams, string provider, string connectionString, string workDir)
    {
        var port = FreePort();
        var host = Path.Combine(AppContext.BaseDirectory, "ChatCoach.Host.dll");
        var start = new ProcessStartInfo("dotnet", $"exec \"{host}\" serve --urls http://127.0.0.1:{port}") { WorkingDirectory = workDir };
        start.Environment["ChatCoach__Slack__SigningSecret"] = BenchSlack.SigningSecret;
        start.Environment["ChatCoach__Slack__BotToken"] = BenchSlack.BotToken;
        start.Environment["ChatCoach__Slack__ApiBaseUrl"] = slackApiUrl;
        start.Environment["ChatCoach__Teams__AppId"] = FakeBotPlatform.AppId;
        start.Environment["ChatCoach__Teams__AppPassword"] = FakeBotPlatform.AppPassword;
        start.Environment["ChatCoach__Teams__OpenIdMetadataUrl"] = teams.BaseUrl + "/openid";
        start.Environment["ChatCoach__Teams__TokenEndpoint"] = teams.BaseUrl + "/token";
        start.Environment["ChatCoach__Storage__Provider"] = provider;
        start.Environment["ConnectionStrings__ChatCoach"] = connectionString;
        // Bolt runs at log level ERROR; the host logs warnings and up, so neither pays for chatter.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var subject = new Subject(name, Launch(start), new Uri($"http://127.0.0.1:{port}/slack/events"), new Uri($"http://127.0.0.1:{port}/api/messages"));
        await subject.WaitUntilAsync(() => Probe($"http://127.0.0.1:{port}/readyz"));
        return subject;
    }

    public static async Task<Subject> StartBoltAsync(string slackApiUrl, string peerDir)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("node", "app.js") { WorkingDirectory = peerDir };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SLACK_SIGNING_SECRET"] = BenchSlack.SigningSecret;
        start.Environment["SLACK_BOT_TOKEN"] = BenchSlack.BotToken;
        start.Environment["SLACK_API_URL"] = slackApiUrl;
        var subject = new Subject("Bolt for JavaScript", Launch(start), new Uri($"http://127.0.0.1:{port}/slack/events"));
        // Bolt answers a request without a signature with 401 once it listens.
        await subject.WaitUntilAsync(() => Probe($"http://127.0.0.1:{port}/slack/events", post: true));
        return subject;
    }

    private static Process Launch(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        // Drain the pipes so a chatty process never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[{start.FileName}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAsync(Func<Task<bool>> ready)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready.");
            }
            if (await ready())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} did not become ready.");
    }

    private static async Task<bool> Probe(string url, bool post = false)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = post ? await http.PostAsync(url, new StringContent("{}")) : await http.GetAsync(url);
            return post ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.OK : response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
