using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// The real host (ServeCommand) with Slack configured against a local fake Slack, on a real SQLite
/// file: requests go in over HTTP with real signatures, Web API calls come out at the fake.
/// </summary>
public sealed class SlackBot : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-5f3c0b6d2e";

    private readonly TempSqlite _file;

    private SlackBot(TempSqlite file, FakeSlackApi slack, RunningServer server)
    {
        _file = file;
        Slack = slack;
        Server = server;
    }

    public FakeSlackApi Slack { get; }

    public RunningServer Server { get; }

    public static async Task<SlackBot> StartAsync(Action<IServiceCollection>? overrides = null, Action<FakeSlackApi>? prepare = null, params string[] extraSettings)
    {
        var file = new TempSqlite();
        var slack = await FakeSlackApi.StartAsync();
        prepare?.Invoke(slack);
        string[] settings =
        [
            $"--ChatCoach:Slack:SigningSecret={Secret}",
            "--ChatCoach:Slack:BotToken=xoxb-test-token",
            $"--ChatCoach:Slack:ApiBaseUrl={slack.ApiUrl}",
            "--ChatCoach:Admins:0=slack:UADMIN",
            .. extraSettings,
        ];
        var server = await RunningServer.StartAsync(file.ConnectionString, settings, overrides);
        return new SlackBot(file, slack, server);
    }

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> PostJsonAsync(string body, DateTimeOffset? at = null, string? retryNum = null) =>
        PostAsync(body, "application/json", at, retryNum);

    public Task<HttpResponseMessage> PostFormAsync(string body, DateTimeOffset? at = null) =>
        PostAsync(body, "application/x-www-form-urlencoded", at, null);

    public Task<HttpResponseMessage> PostAsync(string body, string contentType, DateTimeOffset? at, string? retryNum) =>
        Server.Http.SendAsync(SignedRequest(body, contentType, at ?? Server.Clock.GetUtcNow(), retryNum));

    /// <summary>A request to /slack/events signed with <see cref="Secret"/>, as Slack signs it.</summary>
    public static HttpRequestMessage SignedRequest(string body, string contentType, DateTimeOffset at, string? retryNum = null)
    {
        var timestamp = Timestamp(at);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return request;
    }

    /// <summary>The SQLite file the host stores in (for a one-shot command's --db).</summary>
    public string DatabaseFile => _file.Path;

    /// <summary>Rows in the inbox table: what was accepted for handling.</summary>
    public long InboxRows() => Scalar("SELECT COUNT(*) FROM inbox");

    /// <summary>A statement run straight on the database file (a row as a crashed host left it).</summary>
    public void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(_file.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }

    /// <summary>One number read straight from the database file.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection(_file.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar()!);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Slack.DisposeAsync();
        _file.Dispose();
    }
}

/// <summary>Slack payloads shaped like the real ones in ../shared/fixtures/slack, built here.</summary>
public static class SlackPayloads
{
    public static string Mention(string text, string eventId = "Ev0001", string ts = "1700000001.000100", string user = "UDANA", string channel = "C0SCORE",
        string team = FakeSlackApi.TeamId) =>
        Callback(eventId, new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        }, team);

    public static string ChannelMessage(string text, string eventId, string ts, string channel = "C0SCORE") =>
        Callback(eventId, new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "channel", ["user"] = "UDANA", ["text"] = text, ["ts"] = ts, ["channel"] = channel,
        });

    public static string DirectMessage(string text, string eventId = "Ev0002", string ts = "1700000002.000100", string user = "UDANA", string? botId = null)
    {
        var inner = new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = "D0DANA",
        };
        if (botId is not null)
        {
            inner["bot_id"] = botId;
        }
        return Callback(eventId, inner);
    }

    public static string HomeOpened(string user = "UDANA") =>
        Callback("Ev0003", new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D0DANA", ["tab"] = "home" });

    public static string Callback(string eventId, JsonObject inner, string team = FakeSlackApi.TeamId) => new JsonObject
    {
        ["token"] = "legacy", ["team_id"] = team, ["api_app_id"] = "A0CHATCOACH", ["type"] = "event_callback",
        ["event_id"] = eventId, ["event_time"] = 1_700_000_001, ["event"] = inner,
    }.ToJsonString();

    public static string SlashCommand(string text, string responseUrl, string user = "UDANA") =>
        $"token=legacy&team_id={FakeSlackApi.TeamId}&team_domain=acme&channel_id=C0SCORE&channel_name=leads&user_id={user}&user_name=dana"
        + $"&command=%2Fcoach&text={Uri.EscapeDataString(text)}&api_app_id=A0CHATCOACH&response_url={Uri.EscapeDataString(responseUrl)}"
        + $"&trigger_id=1334.7384.{Guid.NewGuid():N}";

    public static string BlockAction(string actionId, string value, string user = "UDANA") => "payload=" + Uri.EscapeDataString(new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["team_id"] = FakeSlackApi.TeamId },
        ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId },
        ["channel"] = new JsonObject { ["id"] = "C0SCORE" },
        ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = "C0SCORE", ["message_ts"] = "1700000010.000100", ["thread_ts"] = "1700000001.000100" },
        ["trigger_id"] = $"1334.7384.{Guid.NewGuid():N}",
        ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["block_id"] = "b1", ["type"] = "button", ["value"] = value, ["action_ts"] = "1700000011.1" }),
    }.ToJsonString());

    public static string ViewSubmission(string privateMetadata, string value, string user = "UDANA") => "payload=" + Uri.EscapeDataString(new JsonObject
    {
        ["type"] = "view_submission",
        ["user"] = new JsonObject { ["id"] = user, ["team_id"] = FakeSlackApi.TeamId },
        ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId },
        ["trigger_id"] = $"1334.7384.{Guid.NewGuid():N}",
        ["view"] = new JsonObject
        {
            ["id"] = "V0VALUE", ["callback_id"] = "chatcoach.value", ["private_metadata"] = privateMetadata,
            ["state"] = new JsonObject { ["values"] = new JsonObject { ["value"] = new JsonObject { ["value_input"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } } } },
        },
    }.ToJsonString());
}
