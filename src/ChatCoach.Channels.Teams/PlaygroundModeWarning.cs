using ChatCoach.Channels.Teams.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams;

/// <summary>Says loudly, at every start, that token-less activities are being accepted.</summary>
internal sealed class PlaygroundModeWarning(LocalPlaygroundGate playground, ILogger<PlaygroundModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (playground.Enabled)
        {
            logger.LogWarning(
                "Teams local Playground mode is ON (ChatCoach:Teams:AllowUnauthenticatedLocal): unauthenticated activities from loopback are accepted. Never use this outside development.");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
