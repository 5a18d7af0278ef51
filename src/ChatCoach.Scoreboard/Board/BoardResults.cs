using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Board;

/// <summary>What the board-management functions return; the planner's board composer renders them.</summary>
public abstract record BoardResult : PluginResult;

public sealed record IndicatorAdded(Indicator Indicator) : BoardResult;

public sealed record IndicatorRenamed(Indicator Indicator, string OldName) : BoardResult;

public sealed record LaggingMetricChanged(Indicator Indicator, string OldLaggingMetric) : BoardResult;

public sealed record MeaningChanged(Indicator Indicator, Unit OldUnit, BetterWhen OldBetterWhen) : BoardResult;

public sealed record IndicatorRetired(Indicator Indicator) : BoardResult;

public sealed record IndicatorRestored(Indicator Indicator) : BoardResult;

/// <summary>The proposed name is another row's, or close enough to confuse the matcher: the person is asked for another.</summary>
public sealed record NameClashes(string Name, NameClash Clash) : BoardResult;

/// <summary>A field the function needs was not given (the unit of a new indicator, say); the question asks for it.</summary>
public sealed record DetailMissing(string Question) : BoardResult;

/// <param name="Indicators">Every row, retired included, so each change can name its indicator.</param>
public sealed record BoardChanges(IReadOnlyList<BoardChange> Changes, IReadOnlyList<Indicator> Indicators) : BoardResult;

/// <summary>Why an indicator matters: the marketing job of a default row, or what the admin said when adding it.</summary>
public sealed record IndicatorExplained(Indicator Indicator, MarketingJob? Job, BoardChange? Added) : BoardResult;

public sealed record LaggingRecorded(LaggingMetric Metric, LaggingValue Recorded, LaggingValue? Replaced) : BoardResult;

public sealed record UnknownLaggingMetric(string Asked, IReadOnlyList<LaggingMetric> Known) : BoardResult;

public sealed record QuarterlyReviewShown(QuarterlyReview Review) : BoardResult;

/// <param name="Revisions">How many value revisions the file holds.</param>
public sealed record ExportWritten(string Path, int Revisions) : BoardResult;

/// <summary>The channel can't receive the file yet; the reply says how to get it.</summary>
public sealed record ExportElsewhere(string Workspace) : BoardResult;

/// <summary>The export as a file for the channel to send (Slack uploads it into the conversation).</summary>
public sealed record ExportFile(string Workspace, string FileName, byte[] Csv, int Revisions) : BoardResult;
