using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>
/// The real host (ServeCommand: durable inbox, the real coach, planner and plugins, on a SQLite file)
/// with Teams pointed at the fake Bot Framework platform, and a way to send it signed activities.
/// </summary>
public sealed class RealTeamsHost : IAsyncDisposable
{
    private readonly TempSqlite _file;

    private RealTeamsHost(TempSqlite file, FakeBotPlatform platform, RunningServer server)
    {
        _file = file;
        Platform = platform;
        Server = server;
    }

    public FakeBotPlatform Platform { get; }

    public RunningServer Server { get; }

    public IServiceProvider Services => Server.App.Services;

    public static async Task<RealTeamsHost> StartAsync(Action<IServiceCollection>? overrides = null, params string[] extraSettings)
    {
        var file = new TempSqlite();
        var platform = await FakeBotPlatform.StartAsync();
        var settings = TeamsTestHost.DefaultSettings(platform).Select(s => $"--{s.Key}={s.Value}").Concat(extraSettings).ToArray();
        var server = await RunningServer.StartAsync(file.ConnectionString, settings, overrides);
        return new RealTeamsHost(file, platform, server);
    }

    /// <summary>A payload from Payloads/ with this id and text, pointed at the fake connector.</summary>
    public JsonObject Activity(string name, string id, string? text = null)
    {
        var activity = Payloads.Load(name, Platform.ServiceUrl);
        activity["id"] = id;
        if (text is not null)
        {
            activity["text"] = text;
        }
        return activity;
    }

    /// <summary>Posts the activity with a token valid around <paramref name="now"/> (default: the host's clock), or the given token.</summary>
    public async Task<HttpStatusCode> PostAsync(JsonObject activity, DateTimeOffset? now = null, string? token = null) =>
        (await PostForAnswerAsync(activity, now, token)).Status;

    /// <summary>As <see cref="PostAsync"/>, with the response body (an invoke's answer).</summary>
    public Task<(HttpStatusCode Status, string Body)> PostForAnswerAsync(JsonObject activity, DateTimeOffset? now = null, string? token = null) =>
        PostTextAsync(activity.ToJsonString(), now, token);

    /// <summary>As <see cref="PostForAnswerAsync"/>, with the body as text (so it can be malformed JSON).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostTextAsync(string body, DateTimeOffset? now = null, string? token = null)
    {
        var at = now ?? Server.Clock.GetUtcNow();
        token ??= Platform.Keys.Mint(new TokenClaims(TeamsTestHost.Issuer, TeamsTestHost.AppId, Platform.ServiceUrl, at.AddMinutes(-1), at.AddHours(1)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>One number read straight from the database file.</summary>
    public long Scalar(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_file.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar()!);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Platform.DisposeAsync();
        _file.Dispose();
    }
}
