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
        if (string.IsNullOrWhiteSpace(options.BotToken))
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
}
