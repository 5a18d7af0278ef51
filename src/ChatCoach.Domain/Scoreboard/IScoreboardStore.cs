using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// The scoreboard as a turn reads it and records to it: the board's rows and their monthly values.
/// Changes to the rows themselves go through <see cref="IBoardStore"/>, lagging metrics' quarterly
/// values through <see cref="Lagging.ILaggingStore"/>, whole exports and imports through
/// <see cref="IScoreboardArchive"/>. Every call names its workspace; an implementation never lets
/// one workspace read or write another's rows.
/// </summary>
public interface IScoreboardStore
{
    /// <summary>Creates the workspace with the default scoreboard the first time it is seen.</summary>
    Task EnsureWorkspaceAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>The active rows, in the board's order: what the standing, the digest and the nudges read.</summary>
    Task<IReadOnlyList<Indicator>> IndicatorsAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Every row, retired ones included, so their history can still be shown.</summary>
    Task<IReadOnlyList<Indicator>> AllIndicatorsAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>
    /// The newest revision of every recorded (indicator, period). The list is never changed once
    /// handed out — a store may hand the same one to every caller until a write — so a caller may
    /// remember what it computed from it.
    /// </summary>
    Task<IReadOnlyList<RecordedValue>> LatestValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Every revision of one indicator, newest period and revision first.</summary>
    Task<IReadOnlyList<RecordedValue>> HistoryAsync(WorkspaceId workspace, string indicatorKey, CancellationToken cancellationToken);

    /// <summary>Appends the value as the next revision of its (indicator, period); returns what was stored.</summary>
    Task<RecordedValue> RecordAsync(WorkspaceId workspace, NewValue value, CancellationToken cancellationToken);

    /// <summary>How many revisions an indicator has (of any period).</summary>
    Task<int> ValueCountAsync(WorkspaceId workspace, string indicatorKey, CancellationToken cancellationToken);
}
