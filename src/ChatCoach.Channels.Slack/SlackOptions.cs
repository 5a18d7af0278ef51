using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack;

/// <summary>"ChatCoach:Slack". Slack is on when a signing secret (HTTP) or an app token (Socket Mode) is set.</summary>
public sealed class SlackOptions
{
    public const string Section = "ChatCoach:Slack";

    public string? SigningSecret { get; set; }

    public string? BotToken { get; set; }

    /// <summary>An xapp- app-level token: when set, events arrive over Socket Mode instead of HTTP.</summary>
    public string? AppToken { get; set; }

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The app's OAuth client id: when set, workspaces install through /slack/install instead of one pasted BotToken.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The public URL of /slack/oauth_redirect, exactly as listed in the app's redirect URLs.</summary>
    public string? InstallRedirectUrl { get; set; }

    /// <summary>Where the install page sends the browser; only a test points it elsewhere.</summary>
    public string AuthorizeUrl { get; set; } = "https://slack.com/oauth/v2/authorize";

    /// <summary>Distributed mode: many workspaces, each with the token its own install stored.</summary>
    public bool Distributed => !string.IsNullOrWhiteSpace(ClientId);

    public bool Enabled => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(AppToken);

    public bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);
}

public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }
        var errors = new List<string>();
        if (options.Distributed)
        {
            ValidateDistributed(options, errors);
        }
        else if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            errors.Add($"{SlackOptions.Section}:BotToken is required when {SlackOptions.Section}:SigningSecret or :AppToken is set.");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add($"{SlackOptions.Section}:BotToken must be a bot token starting with xoxb-.");
        }
        if (options.SocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            errors.Add($"{SlackOptions.Section}:AppToken must be an app-level token starting with xapp-.");
        }
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            errors.Add($"{SlackOptions.Section}:ApiBaseUrl must be an absolute http(s) URL (got '{options.ApiBaseUrl}').");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateDistributed(SlackOptions options, List<string> errors)
    {
        const string section = SlackOptions.Section;
        if (!string.IsNullOrWhiteSpace(options.BotToken))
        {
            errors.Add($"{section}:BotToken and {section}:ClientId are both set: keep BotToken for one workspace, or ClientId (with ClientSecret and InstallRedirectUrl) to install to many.");
        }
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add($"{section}:ClientSecret is required when {section}:ClientId is set.");
        }
        if (!Uri.TryCreate(options.InstallRedirectUrl, UriKind.Absolute, out var redirect) || redirect.Scheme is not ("https" or "http"))
        {
            errors.Add($"{section}:InstallRedirectUrl must be the absolute URL of /slack/oauth_redirect when {section}:ClientId is set (got '{options.InstallRedirectUrl}').");
        }
        if (!Uri.TryCreate(options.AuthorizeUrl, UriKind.Absolute, out _))
        {
            errors.Add($"{section}:AuthorizeUrl must be an absolute URL (got '{options.AuthorizeUrl}').");
        }
    }
}
