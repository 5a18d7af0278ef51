using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace ChatCoach.Bench;

/// <summary>
/// Signed Teams message activities, one distinct personal message each. They come from as many
/// people (personal chats) as the Slack load has channels, so Teams' per-conversation rate limit
/// (which the bot honours) does not become what is measured.
/// </summary>
internal static class BenchTeams
{
    public const string Tenant = "5b2c1d0e-0000-4000-8000-00000000be4c";

    /// <summary>The activity id, which the bot's reply carries back in the connector URL.</summary>
    public static string Id(string run, long seq) => $"{run}-{seq.ToString(CultureInfo.InvariantCulture)}";

    public static string Body(string run, long seq, string serviceUrl)
    {
        var user = (seq % BenchSlack.Channels).ToString("D5", CultureInfo.InvariantCulture);
        return "{\"type\":\"message\",\"channelId\":\"msteams\",\"id\":\"" + Id(run, seq) + "\",\"serviceUrl\":\"" + serviceUrl
            + "\",\"channelData\":{\"tenant\":{\"id\":\"" + Tenant + "\"}},\"from\":{\"id\":\"29:bench" + user + "\",\"name\":\"Bench " + user
            + "\",\"aadObjectId\":\"00000000-0000-4000-8000-0000000" + user + "\"},\"recipient\":{\"id\":\"28:" + FakeBotPlatform.AppId
            + "\",\"name\":\"ChatCoach\"},\"conversation\":{\"id\":\"a:bench" + user + "\",\"conversationType\":\"personal\",\"tenantId\":\""
            + Tenant + "\"},\"text\":\"where do we stand\",\"textFormat\":\"plain\",\"locale\":\"en-US\"}";
    }

    public static HttpRequestMessage Request(Uri messagesUrl, string body, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, messagesUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
