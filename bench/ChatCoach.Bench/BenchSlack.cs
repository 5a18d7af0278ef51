using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatCoach.Bench;

/// <summary>Correctly signed Slack Events API requests (v0 signature), one distinct mention each.</summary>
internal static class BenchSlack
{
    public const string SigningSecret = "bench-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-bench-token";
    public const string BotUserId = "UBENCHBOT";
    public const int Channels = 10_000;
    public const int Users = 50;

    /// <summary>The event's ts, unique per sequence number; the bot's threaded reply carries it back.</summary>
    public static string Ts(long seq) => $"{1_700_000_000 + seq / 1_000_000}.{seq % 1_000_000:D6}";

    public static string Body(string run, long seq)
    {
        var ts = Ts(seq);
        var seconds = 1_700_000_000 + seq / 1_000_000;
        var mention = "{\"type\":\"app_mention\",\"user\":\"U" + (seq % Users).ToString("D4", CultureInfo.InvariantCulture)
            + "\",\"text\":\"<@" + BotUserId + "> where do we stand\",\"ts\":\"" + ts + "\",\"channel\":\"C"
            + (seq % Channels).ToString("D5", CultureInfo.InvariantCulture) + "\",\"event_ts\":\"" + ts + "\"}";
        return "{\"token\":\"bench\",\"team_id\":\"TBENCH\",\"api_app_id\":\"ABENCH\",\"type\":\"event_callback\",\"event_id\":\"Ev"
            + run + seq.ToString(CultureInfo.InvariantCulture) + "\",\"event_time\":" + seconds.ToString(CultureInfo.InvariantCulture)
            + ",\"event\":" + mention + "}";
    }

    public static HttpRequestMessage Request(Uri eventsUrl, string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, eventsUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
