using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>Signed Slack mentions for the process-level tests (crash, several hosts).</summary>
public static class SignedSlack
{
    public const string Secret = "process-test-signing-secret";

    public static Dictionary<string, string> Environment(FakeSlackApi slack, string connectionString, string provider = "Sqlite") => new()
    {
        ["ChatCoach__Slack__SigningSecret"] = Secret,
        ["ChatCoach__Slack__BotToken"] = "xoxb-process-test",
        ["ChatCoach__Slack__ApiBaseUrl"] = slack.ApiUrl,
        ["ChatCoach__Storage__Provider"] = provider,
        ["ConnectionStrings__ChatCoach"] = connectionString,
        ["ChatCoach__Inbox__LeaseSeconds"] = "2",
        ["ChatCoach__Inbox__SweepSeconds"] = "1",
    };

    public static string Ts(int n) => $"1700000000.{n:D6}";

    public static HttpRequestMessage Mention(int n, string? eventId = null)
    {
        var body = new JsonObject
        {
            ["team_id"] = FakeSlackApi.TeamId, ["type"] = "event_callback", ["event_id"] = eventId ?? $"EvP{n}", ["event_time"] = 1_700_000_000,
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention", ["user"] = "UDANA", ["text"] = "<@UBOT> where do we stand",
                ["ts"] = Ts(n), ["channel"] = $"C{n:D5}", ["event_ts"] = Ts(n),
            },
        }.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    /// <summary>How many replies each mention's thread got.</summary>
    public static Dictionary<string, int> RepliesPerThread(FakeSlackApi slack) =>
        slack.CallsTo("chat.postMessage").GroupBy(c => c.Body["thread_ts"]?.ToString() ?? "").ToDictionary(g => g.Key, g => g.Count());
}
