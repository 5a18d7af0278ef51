using ChatCoach.Plugins;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Plugin;

/// <summary>The caller's own position: what they owe, for which period, snoozed or not.</summary>
public sealed record PendingForCaller(OwnerStatus Status) : PluginResult;

/// <summary>"What's missing" with the nudge loop's facts: owners, zones, times asked, escalations, the digest.</summary>
public sealed record NudgeStatus(NudgePlan Plan) : PluginResult;

public sealed record Snoozed(Snooze Snooze, TimeZoneInfo Zone, IReadOnlyList<Indicator> Owed) : PluginResult;

/// <summary>The caller owes nothing for the period, so there is nothing to snooze or mark.</summary>
public sealed record NothingPending(Period Period) : PluginResult;

/// <summary>Several values are pending and the message did not say which.</summary>
public sealed record WhichIndicator(Period Period, IReadOnlyList<Indicator> Candidates) : PluginResult;

public sealed record MarkedNotAvailable(Indicator Indicator, RecordedValue Recorded) : PluginResult;

public sealed record ScoreboardChannelSet(ScoreboardChannel Channel, bool CanPost) : PluginResult;

/// <param name="Restored">The new revision: the earlier value again, or a not-available note when there was none.</param>
public sealed record ValueUndone(Indicator Indicator, RecordedValue Undone, RecordedValue Restored) : PluginResult;
