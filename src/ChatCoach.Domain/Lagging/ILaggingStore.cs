using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Lagging;

/// <summary>
/// Lagging metrics' quarterly values, appended as revisions like the monthly ones. Every call names
/// its workspace.
/// </summary>
public interface ILaggingStore
{
    Task<LaggingValue> RecordLaggingAsync(WorkspaceId workspace, NewLaggingValue value, CancellationToken cancellationToken);

    /// <summary>Every revision of a lagging metric, newest quarter and revision first.</summary>
    Task<IReadOnlyList<LaggingValue>> LaggingHistoryAsync(WorkspaceId workspace, string metricKey, CancellationToken cancellationToken);

    /// <summary>The newest revision of every recorded (metric, quarter).</summary>
    Task<IReadOnlyList<LaggingValue>> LatestLaggingAsync(WorkspaceId workspace, CancellationToken cancellationToken);
}
