using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// The board's rows as admins manage them, their change log, lagging metrics' quarterly values
/// and bulk imports. Every call names its workspace; every change is logged with its stamp.
/// </summary>
public interface IBoardStore
{
    /// <summary>Adds a row at the end of the board; the key must be new in the workspace (retired rows included).</summary>
    Task AddIndicatorAsync(WorkspaceId workspace, Indicator indicator, ChangeStamp stamp, CancellationToken cancellationToken);

    Task RenameAsync(WorkspaceId workspace, string indicatorKey, string name, ChangeStamp stamp, CancellationToken cancellationToken);

    Task SetLaggingMetricAsync(WorkspaceId workspace, string indicatorKey, string laggingMetric, ChangeStamp stamp, CancellationToken cancellationToken);

    /// <summary>Changes unit or direction; callers check first that the row has no values (<see cref="BoardRules.CanChangeMeaning"/>).</summary>
    Task SetMeaningAsync(WorkspaceId workspace, string indicatorKey, Unit unit, BetterWhen betterWhen, ChangeStamp stamp, CancellationToken cancellationToken);

    Task RetireAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken);

    Task RestoreAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken);

    /// <summary>The change log, newest first.</summary>
    Task<IReadOnlyList<BoardChange>> ChangesAsync(WorkspaceId workspace, int limit, CancellationToken cancellationToken);

    /// <summary>How many revisions an indicator has (of any period).</summary>
    Task<int> ValueCountAsync(WorkspaceId workspace, string indicatorKey, CancellationToken cancellationToken);

    Task<LaggingValue> RecordLaggingAsync(WorkspaceId workspace, NewLaggingValue value, CancellationToken cancellationToken);

    /// <summary>Every revision of a lagging metric, newest quarter and revision first.</summary>
    Task<IReadOnlyList<LaggingValue>> LaggingHistoryAsync(WorkspaceId workspace, string metricKey, CancellationToken cancellationToken);

    /// <summary>The newest revision of every recorded (metric, quarter).</summary>
    Task<IReadOnlyList<LaggingValue>> LatestLaggingAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Every revision of every monthly value of the workspace, for export: by indicator, period, revision.</summary>
    Task<IReadOnlyList<RecordedValue>> AllValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Every revision of every lagging metric's quarterly value, for export: by metric, quarter, revision.</summary>
    Task<IReadOnlyList<LaggingValue>> AllLaggingValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Appends all the monthly and quarterly values as next revisions in one transaction: all are stored or none.</summary>
    Task ImportAsync(WorkspaceId workspace, IReadOnlyList<NewValue> values, IReadOnlyList<NewLaggingValue> lagging, CancellationToken cancellationToken);
}
