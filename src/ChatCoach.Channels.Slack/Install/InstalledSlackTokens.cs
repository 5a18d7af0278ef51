using System.Collections.Concurrent;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Installations;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Install;

/// <summary>
/// Distributed mode: each workspace's token is the one its install stored, decrypted on demand and
/// kept in memory briefly (another host's uninstall reaches this one through Slack's refusal at the
/// latest, which forgets the token at once).
/// </summary>
public sealed class InstalledSlackTokens(IInstallationStore installations, SlackTokenProtector protector, TimeProvider clock, ILogger<InstalledSlackTokens> logger)
    : ISlackTokenSource
{
    public const string Channel = "slack";
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string? Token, DateTimeOffset At)> _cache = new(StringComparer.Ordinal);

    public async ValueTask<string?> TokenForAsync(string? team, CancellationToken cancellationToken)
    {
        if (team is null)
        {
            return null;
        }
        if (_cache.TryGetValue(team, out var cached) && clock.GetUtcNow() - cached.At < Keep)
        {
            return cached.Token;
        }
        var token = await ReadAsync(team, cancellationToken);
        _cache[team] = (token, clock.GetUtcNow());
        return token;
    }

    public void Forget(string team) => _cache.TryRemove(team, out _);

    private async Task<string?> ReadAsync(string team, CancellationToken cancellationToken)
    {
        var installation = await installations.FindAsync(Channel, team, cancellationToken);
        if (installation is not { Active: true })
        {
            return null;
        }
        var token = protector.Unprotect(team, installation.ProtectedToken);
        if (token is null)
        {
            logger.LogError("The stored bot token of Slack workspace {Team} cannot be decrypted with this host's key ring; reinstall, or give every host the same key ring", team);
        }
        return token;
    }
}
