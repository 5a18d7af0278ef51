namespace ChatCoach.Channels.Teams;

/// <summary>The "ChatCoach:Teams" configuration section (names are part of the public contract).</summary>
public sealed class TeamsOptions
{
    public const string Section = "ChatCoach:Teams";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra app (bot) id; Teams is off without it (outside the local Playground mode).</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret. Never logged, never defaulted.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Set for a single-tenant bot: outbound tokens then come from this tenant.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>When empty, derived from <see cref="TenantId"/> (see <see cref="EffectiveTokenEndpoint"/>).</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>Accept token-less activities from loopback (Microsoft 365 Agents Playground); Development only.</summary>
    public bool AllowUnauthenticatedLocal { get; set; }

    /// <summary>
    /// Single-tenant bots get tokens from their own tenant, multi-tenant ones from botframework.com:
    /// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-to-connector
    /// </summary>
    public string EffectiveTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token"
        : TokenEndpoint;

    /// <summary>
    /// A multi-tenant bot's allow-list: when not empty, activities from any other tenant (or naming
    /// none) are refused with 403. Empty: every tenant whose token the Bot Connector signed.
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];

    public bool AdmitsTenant(string? tenant) =>
        AllowedTenants.Count == 0 || (tenant is not null && AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase));

    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);
}
