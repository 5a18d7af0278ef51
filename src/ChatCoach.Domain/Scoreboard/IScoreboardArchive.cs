using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// A workspace's values in bulk, for export and import: every revision out, many new revisions in at once.
/// </summary>
public interface IScoreboardArchive
{
    /// <summary>Every revision of every monthly value of the workspace: by indicator, period, revision.</summary>
    Task<IReadOnlyList<RecordedValue>> AllValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Every revision of every lagging metric's quarterly value: by metric, quarter, revision.</summary>
    Task<IReadOnlyList<LaggingValue>> AllLaggingValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Appends all the monthly and quarterly values as next revisions in one transaction: all are stored or none.</summary>
    Task ImportAsync(WorkspaceId workspace, IReadOnlyList<NewValue> values, IReadOnlyList<NewLaggingValue> lagging, CancellationToken cancellationToken);
}
