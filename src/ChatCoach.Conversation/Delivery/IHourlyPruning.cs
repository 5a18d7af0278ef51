namespace ChatCoach.Conversation.Delivery;

/// <summary>
/// Rows kept only for a while, deleted by the outbox's hourly pruning round alongside its own
/// finished rows — so the host has one pruning job, not one per table. Registered by the feature
/// that owns the rows.
/// </summary>
public interface IHourlyPruning
{
    /// <summary>Deletes what has been kept long enough at <paramref name="now"/>; returns how many rows went.</summary>
    Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
