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

    /// <summary>When the process was started: a workspace's first answer is timed from here.</summary>
    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    /// <summary>
    /// ChatCoach installed for many Slack workspaces (OAuth: each workspace's token stored encrypted
    /// when the benchmark completes its install), one admin per workspace and some Teams admins.
    /// </summary>
    public static async Task<Subject> StartChatCoachAsync(HostBuild host, FakeSlackWebApi slack, FakeBotPlatform teams, string provider, string connectionString, string workDir)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"exec \"{host.Dll}\" serve --urls http://127.0.0.1:{port}") { WorkingDirectory = workDir };
        start.Environment["ChatCoach__Slack__SigningSecret"] = BenchSlack.SigningSecret;
        start.Environment["ChatCoach__Slack__ClientId"] = BenchSlack.ClientId;
        start.Environment["ChatCoach__Slack__ClientSecret"] = BenchSlack.ClientSecret;
        start.Environment["ChatCoach__Slack__InstallRedirectUrl"] = $"http://127.0.0.1:{port}/slack/oauth_redirect";
        start.Environment["ChatCoach__DataProtection__KeyRingSecret"] = "bench-key-ring-secret-0123456789abcdef";
        start.Environment["ChatCoach__Slack__ApiBaseUrl"] = slack.BaseUrl;
        var admins = slack.Workspaces.All.Select(w => "slack:" + w.Admin).Concat(BenchTeams.Admins.Select(a => "teams:" + a)).ToList();
        for (var i = 0; i < admins.Count; i++)
        {
            start.Environment[$"ChatCoach__Admins__{i}"] = admins[i];
        }
        start.Environment["ChatCoach__Teams__AppId"] = FakeBotPlatform.AppId;
        start.Environment["ChatCoach__Teams__AppPassword"] = FakeBotPlatform.AppPassword;
        start.Environment["ChatCoach__Teams__OpenIdMetadataUrl"] = teams.BaseUrl + "/openid";
        start.Environment["ChatCoach__Teams__TokenEndpoint"] = teams.BaseUrl + "/token";
        start.Environment["ChatCoach__Storage__Provider"] = provider;
        start.Environment["ConnectionStrings__ChatCoach"] = connectionString;
        // Bolt runs at log level ERROR; the host logs warnings and up, so neither pays for chatter.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var subject = new Subject("ChatCoach", Launch(start), new Uri($"http://127.0.0.1:{port}/slack/events"), new Uri($"http://127.0.0.1:{port}/api/messages"));
        await subject.WaitUntilAsync(() => Probe($"http://127.0.0.1:{port}/readyz"));
        return subject;
    }

    /// <summary>Bolt with an authorize function over the same workspaces' tokens (what its installation store would return).</summary>
    public static async Task<Subject> StartBoltAsync(FakeSlackWebApi slack, string peerDir)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("node", "app.js") { WorkingDirectory = peerDir };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SLACK_SIGNING_SECRET"] = BenchSlack.SigningSecret;
        start.Environment["SLACK_WORKSPACES"] = System.Text.Json.JsonSerializer.Serialize(
            slack.Workspaces.All.ToDictionary(w => w.Team, w => new { botToken = w.Token, botUserId = w.BotUserId }));
        start.Environment["SLACK_API_URL"] = slack.BaseUrl;
        var subject = new Subject("Bolt for JavaScript", Launch(start), new Uri($"http://127.0.0.1:{port}/slack/events"));
        // Bolt answers a request without a signature with 401 once it listens.
        await subject.WaitUntilAsync(() => Probe($"http://127.0.0.1:{port}/slack/events", post: true));
        return subject;
    }

    /// <summary>The minimal botbuilder bot, validating tokens against the same fake Bot Framework as ChatCoach.</summary>
    public static async Task<Subject> StartTeamsPeerAsync(FakeBotPlatform teams, string peerDir)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("node", "app.js") { WorkingDirectory = peerDir };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MICROSOFT_APP_ID"] = FakeBotPlatform.AppId;
        start.Environment["MICROSOFT_APP_PASSWORD"] = FakeBotPlatform.AppPassword;
        start.Environment["OPENID_METADATA_URL"] = teams.BaseUrl + "/openid";
        start.Environment["TOKEN_ENDPOINT"] = teams.BaseUrl + "/token";
        var messages = new Uri($"http://127.0.0.1:{port}/api/messages");
        var subject = new Subject("Bot Framework SDK (botbuilder)", Launch(start), messages, messages);
        await subject.WaitUntilAsync(() => Probe($"http://127.0.0.1:{port}/healthz"));
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
