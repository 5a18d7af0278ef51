using System.Collections.Concurrent;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack allows about one message per second per channel
/// (https://api.slack.com/docs/rate-limits#rate-limits__limits-when-posting-messages). Sends to the
/// same channel wait their turn; different channels never wait for each other.
/// </summary>
public sealed class ChannelPacer(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public async Task<IDisposable> WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(channel, _ => new Lane());
        await lane.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = lane.NextAllowed - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }
            lane.NextAllowed = clock.GetUtcNow() + Interval;
            return new Turn(lane);
        }
        catch
        {
            lane.Gate.Release();
            throw;
        }
    }

    private sealed class Lane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(Lane lane) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lane.Gate.Release();
            }
        }
    }
}
