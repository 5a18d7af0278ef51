using System.Security.Cryptography;
using System.Text;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Installations;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.Install;

/// <summary>Why an install did not complete; each has its own page and log line.</summary>
public enum InstallFailure
{
    None,
    CancelledInSlack,
    NotStartedHere,
    OtherBrowser,
    StateRejected,
    SlackRefused,
    SlackUnreachable,
    SlackAnswerBroken,
}

public sealed record InstallOutcome(InstallFailure Failure, string? Detail = null, SlackGrant? Grant = null)
{
    public bool Installed => Failure == InstallFailure.None;
}

/// <summary>A fresh install link: the state goes to Slack, the browser secret into a cookie.</summary>
public sealed record InstallStart(Uri AuthorizeUrl, string BrowserSecret, TimeSpan ValidFor);

/// <summary>
/// Slack's OAuth v2 install (https://api.slack.com/authentication/oauth-v2): a single-use, expiring
/// state bound to the browser that asked for it, the code exchanged for the workspace's bot token,
/// the token stored encrypted. Also the way back: an uninstall forgets the token.
/// </summary>
public sealed class SlackInstaller(
    IOptions<SlackOptions> options,
    IInstallStateStore states,
    IInstallationStore installations,
    SlackTokenProtector protector,
    SlackOAuthApi oauth,
    SlackWebApi slack,
    TimeProvider clock,
    ILogger<SlackInstaller> logger)
{
    /// <summary>The bot scopes of manifests/slack/manifest.yml: an install asks for exactly these.</summary>
    public static readonly string[] BotScopes = ["app_mentions:read", "channels:history", "chat:write", "commands", "files:write", "groups:history", "im:history", "im:write", "mpim:history", "users:read"];

    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public async Task<InstallStart> BeginAsync(CancellationToken cancellationToken)
    {
        var state = NewSecret();
        var browser = NewSecret();
        var now = clock.GetUtcNow();
        await states.AddAsync(Hash(state), Hash(browser), now + StateLifetime, now, cancellationToken);
        var slackOptions = options.Value;
        var url = QueryHelpers.AddQueryString(slackOptions.AuthorizeUrl, new Dictionary<string, string?>
        {
            ["client_id"] = slackOptions.ClientId, ["scope"] = string.Join(',', BotScopes), ["state"] = state, ["redirect_uri"] = slackOptions.InstallRedirectUrl,
        });
        return new InstallStart(new Uri(url), browser, StateLifetime);
    }

    public async Task<InstallOutcome> CompleteAsync(string? code, string? state, string? error, string? browserSecret, CancellationToken cancellationToken)
    {
        if (Precheck(code, state, error, browserSecret) is { } early)
        {
            return Log(early);
        }
        if (!await states.TryConsumeAsync(Hash(state!), Hash(browserSecret!), clock.GetUtcNow(), cancellationToken))
        {
            return Log(new InstallOutcome(InstallFailure.StateRejected));
        }
        SlackGrant grant;
        try
        {
            grant = await oauth.AccessAsync(code!, cancellationToken);
        }
        catch (SlackApiException e)
        {
            return Log(new InstallOutcome(InstallFailure.SlackRefused, e.Error));
        }
        catch (SlackUnreadableAnswerException)
        {
            return Log(new InstallOutcome(InstallFailure.SlackAnswerBroken));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return Log(new InstallOutcome(InstallFailure.SlackUnreachable, e.GetType().Name));
        }
        await installations.SaveAsync(new Installation(InstalledSlackTokens.Channel, grant.Team, grant.TeamName, grant.BotUserId, grant.AppId,
            protector.Protect(grant.Team, grant.BotToken), grant.Scopes, grant.InstalledBy ?? "", clock.GetUtcNow()), cancellationToken);
        slack.Forget(grant.Team);
        logger.LogInformation("ChatCoach installed in Slack workspace {Team} ({TeamName}) by {User}", grant.Team, grant.TeamName, grant.InstalledBy ?? "unknown");
        return new InstallOutcome(InstallFailure.None, Grant: grant);
    }

    /// <summary>app_uninstalled or tokens_revoked: the token goes; the workspace's data stays until an admin deletes it.</summary>
    public async Task RemoveAsync(string team, string reason, CancellationToken cancellationToken)
    {
        var removed = await installations.RemoveAsync(InstalledSlackTokens.Channel, team, reason, clock.GetUtcNow(), cancellationToken);
        slack.Forget(team);
        if (removed)
        {
            logger.LogInformation("Slack workspace {Team}: {Reason}; its bot token is deleted and its nudges and surveys stop (its data stays)", team, reason);
        }
        else
        {
            logger.LogInformation("Slack workspace {Team}: {Reason}; no stored installation to remove", team, reason);
        }
    }

    private static InstallOutcome? Precheck(string? code, string? state, string? error, string? browserSecret)
    {
        if (!string.IsNullOrEmpty(error))
        {
            return new InstallOutcome(InstallFailure.CancelledInSlack, error.Length > 60 ? error[..60] : error);
        }
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(state))
        {
            return new InstallOutcome(InstallFailure.NotStartedHere);
        }
        return string.IsNullOrEmpty(browserSecret) ? new InstallOutcome(InstallFailure.OtherBrowser) : null;
    }

    private InstallOutcome Log(InstallOutcome outcome)
    {
        // Never the code, the state or a token: only what went wrong.
        logger.LogWarning("Slack install not completed: {Failure} {Detail}", outcome.Failure, outcome.Detail ?? "");
        return outcome;
    }

    private static string NewSecret() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
