using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Every change to the board's rows — added, renamed, re-owned, re-targeted, given another meaning,
/// retired, restored — each logged with its stamp in the same write, and the log itself. The rows
/// are read through <see cref="IScoreboardStore"/>; values are never changed here.
/// Every call names its workspace.
/// </summary>
public interface IBoardStore
{
    /// <summary>Adds a row at the end of the board; the key must be new in the workspace (retired rows included).</summary>
    Task AddIndicatorAsync(WorkspaceId workspace, Indicator indicator, ChangeStamp stamp, CancellationToken cancellationToken);

    Task RenameAsync(WorkspaceId workspace, string indicatorKey, string name, ChangeStamp stamp, CancellationToken cancellationToken);

    Task SetOwnerAsync(WorkspaceId workspace, string indicatorKey, UserRef owner, ChangeStamp stamp, CancellationToken cancellationToken);

    Task SetTargetAsync(WorkspaceId workspace, string indicatorKey, decimal? target, ChangeStamp stamp, CancellationToken cancellationToken);

    Task SetLaggingMetricAsync(WorkspaceId workspace, string indicatorKey, string laggingMetric, ChangeStamp stamp, CancellationToken cancellationToken);

    /// <summary>Changes unit or direction; callers check first that the row has no values (<see cref="BoardRules.CanChangeMeaning"/>).</summary>
    Task SetMeaningAsync(WorkspaceId workspace, string indicatorKey, Unit unit, BetterWhen betterWhen, ChangeStamp stamp, CancellationToken cancellationToken);

    Task RetireAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken);

    Task RestoreAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken);

    /// <summary>The change log, newest first.</summary>
    Task<IReadOnlyList<BoardChange>> ChangesAsync(WorkspaceId workspace, int limit, CancellationToken cancellationToken);
}

/// <summary>Who made a change to the board, when, and through which channel.</summary>
public sealed record ChangeStamp(UserRef By, DateTimeOffset At, string Channel);
