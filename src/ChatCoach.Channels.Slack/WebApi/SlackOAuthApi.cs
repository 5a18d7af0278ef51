using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>What oauth.v2.access grants: one workspace's bot token and who the bot is there.</summary>
public sealed record SlackGrant(string Team, string TeamName, string BotUserId, string AppId, string BotToken, string Scopes, string? InstalledBy);

/// <summary>
/// oauth.* — https://api.slack.com/methods/oauth.v2.access. The client id and secret go in HTTP
/// Basic authentication, as Slack recommends, never in the body; the code is single-use on Slack's side.
/// </summary>
public sealed class SlackOAuthApi(HttpClient http, IOptions<SlackOptions> options)
{
    public async Task<SlackGrant> AccessAsync(string code, CancellationToken cancellationToken)
    {
        var slack = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(slack.ApiBaseUrl), "oauth.v2.access"))
        {
            Content = new FormUrlEncodedContent([new("code", code), new("redirect_uri", slack.InstallRedirectUrl!)]),
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{slack.ClientId}:{slack.ClientSecret}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        using var response = await http.SendAsync(request, cancellationToken);
        return Grant(await SlackWebApi.ReadAsync("oauth.v2.access", response, cancellationToken));
    }

    /// <summary>Only a bot grant for one workspace is usable; anything else is refused as Slack's answer would be.</summary>
    private static SlackGrant Grant(JsonElement answer)
    {
        var token = Text(answer, "access_token");
        var team = answer.TryGetProperty("team", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
        if (Text(answer, "token_type") != "bot" || token is null || !token.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            throw new SlackApiException("oauth.v2.access", "no_bot_token_granted");
        }
        if (team.ValueKind != JsonValueKind.Object || Text(team, "id") is not { } teamId || Text(answer, "bot_user_id") is not { } botUser)
        {
            // An org-wide (Enterprise Grid) install has no single team; ChatCoach works per workspace.
            throw new SlackApiException("oauth.v2.access", "not_a_workspace_install");
        }
        var installer = answer.TryGetProperty("authed_user", out var user) && user.ValueKind == JsonValueKind.Object ? Text(user, "id") : null;
        return new SlackGrant(teamId, Text(team, "name") ?? teamId, botUser, Text(answer, "app_id") ?? "", token, Text(answer, "scope") ?? "", installer);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
