using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatCoach.Channels.Teams.Auth;

/// <summary>
/// The Bot Connector's signing keys, read from its OpenID metadata. Cached and refreshed daily, and
/// on demand when a token names a key id we do not know (the keys roll over):
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot
/// </summary>
internal sealed class SigningKeySource
{
    public const string HttpClientName = "ChatCoach.Teams.OpenIdMetadata";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;

    public SigningKeySource(IOptions<TeamsOptions> options, IHttpClientFactory httpClients)
    {
        var url = options.Value.OpenIdMetadataUrl;
        // Plain http is only tolerated for a loopback test server, never for a real address.
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = !IsLoopback(url),
        };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromDays(1),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public async Task<IReadOnlyList<JsonWebKey>> KeysAsync(CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken);
        return configuration.JsonWebKeySet?.Keys.ToList() ?? [];
    }

    /// <summary>Asks for fresh metadata on the next read (rate limited by <c>RefreshInterval</c>).</summary>
    public void RequestRefresh() => manager.RequestRefresh();

    public static bool IsLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
