using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Plugin;

/// <summary>One indicator as recorded: its standing row and the latest revision of each month, newest first.</summary>
/// <param name="Asked">The month the question named, when it named one, and its value if one was recorded.</param>
public sealed record IndicatorReport(Indicator Indicator, StandingRow Row, IReadOnlyList<RecordedValue> Months, Period? Asked, RecordedValue? AskedValue) : PluginResult;

/// <summary>How far a latest value is from its target: <paramref name="Gap"/> in the unit, <paramref name="Share"/> as a fraction of the target.</summary>
public sealed record TargetGap(StandingRow Row, decimal Gap, decimal Share);

/// <summary>Indicators with a target and a value, furthest off first; the ones that could not be compared are named.</summary>
public sealed record OffTargetResult(IReadOnlyList<TargetGap> OffTarget, IReadOnlyList<StandingRow> OnTarget, IReadOnlyList<Indicator> NotComparable) : PluginResult;

/// <summary>A revision recorded in the month asked about, with the one it corrected.</summary>
public sealed record RecordedChange(Indicator Indicator, RecordedValue Value, RecordedValue? Replaced);

public sealed record ChangesResult(Period RecordedIn, IReadOnlyList<RecordedChange> Changes) : PluginResult;

/// <summary>One indicator's latest revision for each month of the quarter (null where nothing was recorded).</summary>
public sealed record QuarterRow(Indicator Indicator, IReadOnlyList<RecordedValue?> Months);

public sealed record QuarterResult(int Year, int Quarter, IReadOnlyList<Period> Periods, IReadOnlyList<QuarterRow> Rows) : PluginResult
{
    public string Display => $"Q{Quarter} {Year}";
}
