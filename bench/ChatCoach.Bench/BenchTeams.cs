using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChatCoach.Bench;

/// <summary>
/// Signed Teams message activities, one personal message each, carrying a mix's words. They come from as many
/// people (personal chats) as the Slack load has channels, so Teams' per-conversation rate limit
/// (which the bot honours) does not become what is measured.
/// </summary>
internal static class BenchTeams
{
    public const string Tenant = "5b2c1d0e-0000-4000-8000-00000000be4c";

    /// <summary>The activity id, which the bot's reply carries back in the connector URL.</summary>
    public static string Id(string run, long seq) => $"{run}-{seq.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The first people of the tenant are its admins: they send the mix's writes (Teams has no owners set up here).</summary>
    public const int AdminCount = 50;

    /// <summary>The admins' aadObjectIds, configured on the host as teams:&lt;id&gt;.</summary>
    public static IEnumerable<string> Admins => Enumerable.Range(0, AdminCount).Select(Aad);

    private static string Aad(int person) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-0000000{person:D5}");

    /// <summary>The n-th activity of a mix: reads from anyone, writes (and the setup) from an admin, each in their own personal chat.</summary>
    public static string Body(string run, long seq, string serviceUrl, Mix mix)
    {
        var message = mix.Pick(seq, out var index);
        var person = message.From == "anyone" ? (int)(seq % BenchSlack.Channels) : (int)(seq % AdminCount);
        return Body(run, seq, serviceUrl, person, mix.Words(message, index, Tenant, _ => ""));
    }

    public static string Body(string run, long seq, string serviceUrl, int person, string words)
    {
        var user = person.ToString("D5", CultureInfo.InvariantCulture);
        return "{\"type\":\"message\",\"channelId\":\"msteams\",\"id\":\"" + Id(run, seq) + "\",\"serviceUrl\":\"" + serviceUrl
            + "\",\"channelData\":{\"tenant\":{\"id\":\"" + Tenant + "\"}},\"from\":{\"id\":\"29:bench" + user + "\",\"name\":\"Bench " + user
            + "\",\"aadObjectId\":\"" + Aad(person) + "\"},\"recipient\":{\"id\":\"28:" + FakeBotPlatform.AppId
            + "\",\"name\":\"ChatCoach\"},\"conversation\":{\"id\":\"a:bench" + user + "\",\"conversationType\":\"personal\",\"tenantId\":\""
            + Tenant + "\"},\"text\":\"" + JsonEncodedText.Encode(words) + "\",\"textFormat\":\"plain\",\"locale\":\"en-US\"}";
    }

    public static HttpRequestMessage Request(Uri messagesUrl, string body, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, messagesUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
