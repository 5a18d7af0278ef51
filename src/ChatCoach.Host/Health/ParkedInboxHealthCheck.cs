using System.Globalization;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatCoach.Host.Health;

/// <summary>
/// How many acknowledged events are parked (their answer could not be delivered within the retry
/// window), and since when: shown on /readyz for the operator, never a reason to take the host out
/// of the load balancer (the host is fine; the platform was not). Re-driven with `inbox redrive`.
/// </summary>
public sealed class ParkedInboxHealthCheck(IInboxStore store) : IHealthCheck
{
    public const string Name = "inbox";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var parked = await store.CountParkedAsync(cancellationToken);
            if (parked == 0)
            {
                return HealthCheckResult.Healthy("No parked events.", new Dictionary<string, object> { ["parked"] = 0 });
            }
            var data = new Dictionary<string, object> { ["parked"] = parked };
            if (await store.ParkedAsync(1, cancellationToken) is [var oldest, ..])
            {
                data["oldestParkedArrivedAt"] = oldest.ReceivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            }
            return HealthCheckResult.Healthy($"{parked} parked events: list them with 'inbox parked', hand them back with 'inbox redrive'.", data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The storage check already reports an unreachable database; this one only could not count.
            return HealthCheckResult.Healthy("Parked events could not be counted.", new Dictionary<string, object> { ["parked"] = "unknown" });
        }
    }
}
