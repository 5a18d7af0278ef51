using System.Collections.Concurrent;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>
/// The service URLs the bot's token may be sent to: only those learned from authenticated
/// activities (directly, through the inbox that stored them, or from conversation references saved
/// from them). Anything else could be an attacker collecting tokens, so it is refused:
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#step-4-verify-the-service-url
/// </summary>
internal sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => trusted.TryAdd(Normalise(serviceUrl), 0);

    public bool IsTrusted(Uri serviceUrl) => trusted.ContainsKey(Normalise(serviceUrl.AbsoluteUri));

    private static string Normalise(string url) => url.TrimEnd('/');
}
