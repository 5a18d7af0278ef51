using System.Net;
using System.Text.RegularExpressions;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Tests.Install;

/// <summary>
/// The real host in distributed mode (a client id, no bot token) against the fake Slack, on a real
/// SQLite file or PostgreSQL database, with a browser that keeps cookies and does not follow redirects.
/// </summary>
public sealed partial class DistributedSlackBot : IAsyncDisposable
{
    public const string KeyRingSecret = "test-key-ring-secret-that-is-long-enough-7d1e";
    public const string RedirectUrl = "https://chatcoach.example/slack/oauth_redirect";

    private readonly HttpClientHandler _browserHandler;

    private DistributedSlackBot(TestDatabase db, FakeSlackApi slack, RunningServer server, CapturedLogs logs)
    {
        Db = db;
        Slack = slack;
        Server = server;
        Logs = logs;
        _browserHandler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        Browser = new HttpClient(_browserHandler) { BaseAddress = server.Http.BaseAddress };
    }

    public TestDatabase Db { get; }

    public FakeSlackApi Slack { get; }

    public RunningServer Server { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The installing person's browser (it holds the install cookie).</summary>
    public HttpClient Browser { get; }

    [GeneratedRegex("href=\"(?<url>[^\"]+)\"[^>]*>Add to Slack", RegexOptions.CultureInvariant)]
    private static partial Regex AddToSlackLink();

    public static async Task<DistributedSlackBot> StartAsync(string provider, Action<IServiceCollection>? overrides = null, params string[] extraSettings)
    {
        var db = await TestDatabases.CreateAsync(provider);
        var slack = await FakeSlackApi.StartAsync();
        var logs = new CapturedLogs();
        string[] settings =
        [
            $"--ChatCoach:Storage:Provider={provider}",
            $"--ChatCoach:Slack:SigningSecret={SlackBot.Secret}",
            $"--ChatCoach:Slack:ClientId={slack.ClientId}",
            $"--ChatCoach:Slack:ClientSecret={slack.ClientSecret}",
            $"--ChatCoach:Slack:InstallRedirectUrl={RedirectUrl}",
            $"--ChatCoach:Slack:ApiBaseUrl={slack.ApiUrl}",
            $"--ChatCoach:DataProtection:KeyRingSecret={KeyRingSecret}",
            .. extraSettings,
        ];
        var server = await RunningServer.StartAsync(db.ConnectionString, settings, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            overrides?.Invoke(services);
        });
        return new DistributedSlackBot(db, slack, server, logs);
    }

    /// <summary>Opens the install page and returns the state the "Add to Slack" link carries.</summary>
    public async Task<string> StartInstallAsync(HttpClient? browser = null)
    {
        var page = await (browser ?? Browser).GetStringAsync("/slack/install");
        var link = WebUtility.HtmlDecode(AddToSlackLink().Match(page).Groups["url"].Value);
        return QueryHelpers.ParseQuery(new Uri(link).Query)["state"].ToString();
    }

    /// <summary>What Slack's redirect back to us looks like after the person approved (or refused) the install.</summary>
    public Task<HttpResponseMessage> ReturnFromSlackAsync(string? code, string? state, HttpClient? browser = null, string? error = null)
    {
        var query = new Dictionary<string, string?>();
        if (code is not null)
        {
            query["code"] = code;
        }
        if (state is not null)
        {
            query["state"] = state;
        }
        if (error is not null)
        {
            query["error"] = error;
        }
        return (browser ?? Browser).GetAsync(QueryHelpers.AddQueryString("/slack/oauth_redirect", query));
    }

    /// <summary>The whole install of one workspace, as a person would click through it.</summary>
    public async Task<HttpResponseMessage> InstallAsync(FakeWorkspace workspace)
    {
        var state = await StartInstallAsync();
        return await ReturnFromSlackAsync(Slack.ApproveInstall(workspace), state);
    }

    public Task<HttpResponseMessage> PostEventAsync(string body) => Server.Http.SendAsync(SlackBot.SignedRequest(body, "application/json", Server.Clock.GetUtcNow()));

    public Task<ChatCoach.Domain.Installations.Installation?> InstallationAsync(string team) =>
        new SqlInstallationStore(Db.Database).FindAsync("slack", team, CancellationToken.None);

    /// <summary>Waits (bounded, no fixed sleep) until the inbox has finished every accepted delivery.</summary>
    public async Task WaitForInboxDrainedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (await Scalar("SELECT COUNT(*) FROM inbox WHERE status IN ('pending', 'processing')") > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The inbox did not drain.");
            }
            await Task.Delay(50);
        }
    }

    public async Task<long> Scalar(string sql)
    {
        await using var connection = await Db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        _browserHandler.Dispose();
        await Server.DisposeAsync();
        await Slack.DisposeAsync();
        await Db.DisposeAsync();
    }
}
