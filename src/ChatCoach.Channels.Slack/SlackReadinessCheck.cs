using ChatCoach.Channels.Slack.WebApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack;

/// <summary>
/// Slack is usable once auth.test accepts the bot token (the answer is cached after the first success).
/// Distributed, there is no one token to test: each workspace's is checked when it is used.
/// </summary>
public sealed class SlackReadinessCheck(SlackWebApi slack, IOptions<SlackOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Distributed)
        {
            return HealthCheckResult.Healthy("Slack installs to many workspaces; each uses its own token");
        }
        try
        {
            var me = await slack.Auth.TestAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Slack bot {me.UserId} in {me.TeamId}");
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy("Slack's Web API does not accept the bot token or cannot be reached.", e);
        }
    }
}
