using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatCoach.Bench;

/// <summary>Correctly signed Slack Events API requests (v0 signature), one mention each, in many workspaces.</summary>
internal static class BenchSlack
{
    public const string SigningSecret = "bench-signing-secret-0123456789abcdef";
    public const int Channels = 10_000;
    public const string ClientId = "bench.client";
    public const string ClientSecret = "bench-client-secret";

    /// <summary>The event's ts, unique per sequence number; the bot's threaded reply carries it back.</summary>
    public static string Ts(long seq) => $"{1_700_000_000 + seq / 1_000_000}.{seq % 1_000_000:D6}";

    /// <summary>The n-th event of a mix: its workspace by channel, its sender and words by the mix.</summary>
    public static string Body(string run, long seq, Mix mix, BenchWorkspaces workspaces)
    {
        var channel = (int)(seq % Channels);
        var workspace = workspaces.OfChannel(channel);
        var message = mix.Pick(seq, out var index);
        var user = message.From switch
        {
            "admin" => workspace.Admin,
            var from when from.StartsWith("owner:", StringComparison.Ordinal) => workspace.Owner(from[6..]),
            // Many people per workspace, spread over the sequence independently of the channel.
            _ => workspace.User((int)(seq * 7919 % workspaces.People)),
        };
        return Body(run, seq, workspace, user, BenchWorkspaces.Channel(channel), mix.Words(message, index, workspace.Team, key => Mention(workspace.Owner(key))));
    }

    /// <summary>A mention in a workspace's channel, as Slack delivers it.</summary>
    public static string Body(string run, long seq, BenchWorkspace workspace, string user, string channel, string words)
    {
        var ts = Ts(seq);
        var seconds = 1_700_000_000 + seq / 1_000_000;
        var mention = "{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"" + Mention(workspace.BotUserId) + " " + JsonEncodedText.Encode(words)
            + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}";
        return "{\"token\":\"bench\",\"team_id\":\"" + workspace.Team + "\",\"api_app_id\":\"ABENCH\",\"type\":\"event_callback\",\"event_id\":\"Ev"
            + run + seq.ToString(CultureInfo.InvariantCulture) + "\",\"event_time\":" + seconds.ToString(CultureInfo.InvariantCulture)
            + ",\"event\":" + mention + "}";
    }

    public static string Mention(string user) => "<@" + user + ">";

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
