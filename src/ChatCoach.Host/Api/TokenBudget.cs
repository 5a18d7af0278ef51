using ChatCoach.Domain.Api;
using ChatCoach.Conversation.Delivery;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Api;

/// <summary>
/// A token's requests per minute across every host: each authenticated request is counted in the
/// database in a fixed one-minute window, so N hosts share one budget rather than allowing N times
/// it. Only a request with an active token is counted (after its lookup), so made-up secrets cannot
/// write rows; those are held back by ASP.NET Core's in-memory limiter in front (decision 0026).
/// </summary>
public sealed class TokenBudget(IApiRateWindows windows, IOptions<ApiOptions> options, TimeProvider clock) : IHourlyPruning
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Null when the request may go ahead; otherwise how long until the token's next window.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(ApiToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % Window.Ticks, TimeSpan.Zero);
        var count = await windows.CountAsync(token.SecretHash, start, cancellationToken);
        return count <= options.Value.RequestsPerMinute ? null : start + Window - now;
    }

    /// <summary>Windows are useless once over; an hour's are kept only to make pruning cheap and rare.</summary>
    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        windows.PruneAsync(now - TimeSpan.FromHours(1), cancellationToken);
}
