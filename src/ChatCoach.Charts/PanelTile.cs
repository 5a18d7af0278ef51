using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts;

/// <summary>One indicator on the instrument panel: its standing row and its last six months.</summary>
public sealed record PanelTile(StandingRow Row, IndicatorTrend Trend);
