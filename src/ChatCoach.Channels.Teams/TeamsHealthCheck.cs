using ChatCoach.Channels.Teams.Auth;
using ChatCoach.Channels.Teams.Outbound;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatCoach.Channels.Teams;

/// <summary>
/// Readiness of the Teams channel. It does not call Microsoft on every probe; it reports whether the
/// last attempt to get the bot's token failed (bad secret, wrong tenant), the usual way it breaks.
/// </summary>
internal sealed class TeamsHealthCheck(BotTokenProvider tokens, LocalPlaygroundGate playground) : IHealthCheck
{
    public const string Name = "teams";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(tokens.LastAttemptFailed
            ? HealthCheckResult.Unhealthy("The token endpoint refused the bot's credentials (see ChatCoach:Teams:AppId, AppPassword, TenantId).")
            : HealthCheckResult.Healthy(playground.Enabled ? "Local Playground mode: unauthenticated loopback activities accepted." : "Configured."));
}
