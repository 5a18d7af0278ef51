using System.Net.Http.Json;
using ChatCoach.Channels.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// Answers a slash command through its response_url (valid for 30 minutes, up to 5 times:
/// https://api.slack.com/interactivity/handling#message_responses), falling back to chat.postMessage.
/// The answer is ephemeral, like Slack's own default for commands: only the person who asked sees it.
/// </summary>
public sealed class SlackResponder(HttpClient http, ILogger<SlackResponder> logger)
{
    public async Task RespondAsync(SlackTeamApi team, string? responseUrl, string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            var body = message.ToArguments(channel);
            body.Remove("channel");
            body["response_type"] = "ephemeral";
            body["replace_original"] = false;
            using var response = await http.PostAsJsonAsync(url, body, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            logger.LogWarning("Slack response_url answered {Status}; posting instead", (int)response.StatusCode);
        }
        await team.Chat.PostMessageAsync(channel, message, threadTs: null, cancellationToken);
    }
}
