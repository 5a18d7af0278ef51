using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Teams;

/// <summary>Fails start-up with messages that name the key to fix.</summary>
internal sealed class TeamsOptionsValidator(IHostEnvironment environment) : IValidateOptions<TeamsOptions>
{
    private const string Prefix = TeamsOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = new List<string>();
        if (options.HasAppId && string.IsNullOrWhiteSpace(options.AppPassword))
        {
            errors.Add($"{Prefix}AppPassword is required when {Prefix}AppId is set.");
        }
        if (!options.HasAppId && !string.IsNullOrWhiteSpace(options.AppPassword))
        {
            errors.Add($"{Prefix}AppId is required when {Prefix}AppPassword is set.");
        }
        if (options.AllowUnauthenticatedLocal && !environment.IsDevelopment())
        {
            errors.Add($"{Prefix}AllowUnauthenticatedLocal is honoured only in the Development environment (it is '{environment.EnvironmentName}'); remove it.");
        }
        if (!IsAbsoluteHttpUrl(options.OpenIdMetadataUrl))
        {
            errors.Add($"{Prefix}OpenIdMetadataUrl must be an absolute http(s) URL.");
        }
        if (!IsAbsoluteHttpUrl(options.EffectiveTokenEndpoint))
        {
            errors.Add($"{Prefix}TokenEndpoint must be an absolute http(s) URL.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
