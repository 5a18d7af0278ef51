using Microsoft.AspNetCore.Http;

namespace ChatCoach.Channels.Slack.Install;

/// <summary>GET /slack/install and GET /slack/oauth_redirect: HTTP in, <see cref="SlackInstaller"/> does the work.</summary>
public sealed class SlackInstallEndpoints(SlackInstaller installer)
{
    public const string InstallPath = "/slack/install";
    public const string RedirectPath = "/slack/oauth_redirect";

    /// <summary>Holds the browser's half of the state; Lax, because Slack's redirect back is a top-level GET.</summary>
    public const string BrowserCookie = "chatcoach_slack_install";

    public async Task<IResult> InstallAsync(HttpContext context)
    {
        var start = await installer.BeginAsync(context.RequestAborted);
        context.Response.Cookies.Append(BrowserCookie, start.BrowserSecret, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, Path = "/slack", MaxAge = start.ValidFor, IsEssential = true,
        });
        context.Response.Headers.CacheControl = "no-store";
        return InstallPages.AddToSlack(start.AuthorizeUrl);
    }

    public async Task<IResult> RedirectAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var outcome = await installer.CompleteAsync(query["code"].FirstOrDefault(), query["state"].FirstOrDefault(), query["error"].FirstOrDefault(),
            context.Request.Cookies[BrowserCookie], context.RequestAborted);
        context.Response.Cookies.Delete(BrowserCookie, new CookieOptions { Path = "/slack" });
        context.Response.Headers.CacheControl = "no-store";
        return InstallPages.For(outcome);
    }
}
