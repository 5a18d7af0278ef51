using System.Net;
using System.Web;

namespace ChatCoach.Bench;

/// <summary>
/// Installs each workspace in a ChatCoach host the way a person does: open /slack/install (which sets
/// the browser cookie and links to Slack with a single-use state), then come back to
/// /slack/oauth_redirect with Slack's code and that state; the host exchanges the code at the fake's
/// oauth.v2.access and stores the workspace's own token, encrypted.
/// </summary>
internal static class BenchInstall
{
    public static async Task InstallAsync(Uri host, IEnumerable<BenchWorkspace> workspaces)
    {
        foreach (var workspace in workspaces)
        {
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host };
            var page = await browser.GetStringAsync("/slack/install");
            var state = StateIn(page) ?? throw new InvalidOperationException("The install page has no link to Slack with a state.");
            using var back = await browser.GetAsync($"/slack/oauth_redirect?code={Uri.EscapeDataString(workspace.InstallCode)}&state={Uri.EscapeDataString(state)}");
            if (!back.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Installing {workspace.Team} failed: HTTP {(int)back.StatusCode} {await back.Content.ReadAsStringAsync()}");
            }
        }
    }

    private static string? StateIn(string page)
    {
        var start = page.IndexOf("href=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        start += 6;
        var link = HttpUtility.HtmlDecode(page[start..page.IndexOf('"', start)]);
        return HttpUtility.ParseQueryString(new Uri(link).Query)["state"];
    }
}
