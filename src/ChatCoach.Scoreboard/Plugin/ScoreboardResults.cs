using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Plugin;

public sealed record StandingResult(Standing Standing) : PluginResult;

public sealed record HistoryResult(Indicator Indicator, IReadOnlyList<RecordedValue> Revisions) : PluginResult;

public sealed record MissingResult(Standing Standing) : PluginResult;

public sealed record OwnersResult(IReadOnlyList<Indicator> Indicators) : PluginResult;

/// <param name="Replaced">The revision this one corrects, when the period already had a value.</param>
public sealed record ValueRecorded(Indicator Indicator, RecordedValue Recorded, RecordedValue? Replaced) : PluginResult;

public sealed record OwnerChanged(Indicator Indicator, UserRef? Previous, UserRef Owner) : PluginResult;

public sealed record TargetChanged(Indicator Indicator, decimal? Previous, decimal? Target) : PluginResult;
