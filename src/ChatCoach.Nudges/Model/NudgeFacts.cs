using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Model;

/// <summary>Everything the nudge rules read about one workspace, loaded once per round.</summary>
/// <param name="Zones">Known personal time zones by user id; anyone else uses the default zone.</param>
public sealed record NudgeFacts(
    WorkspaceId Workspace,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<RecordedValue> LatestValues,
    IReadOnlyList<DeliveryRecord> Deliveries,
    IReadOnlyList<Snooze> Snoozes,
    IReadOnlyList<Escalation> Escalations,
    ScoreboardChannel? ScoreboardChannel,
    IReadOnlyDictionary<string, TimeZoneInfo> Zones,
    IReadOnlyList<UserRef> Admins);

/// <summary>One missing indicator of an owner, and how many nudges have asked for it already.</summary>
public sealed record OwedValue(Indicator Indicator, int TimesAsked, Escalation? Escalation);

/// <summary>
/// One owner's position in the nudge loop at an instant: what they owe for which period, in which
/// zone, whether an occasion is due now and whether it was already served.
/// </summary>
/// <param name="DueOccasion">The occasion (cron or snooze end) due now, or null.</param>
/// <param name="Served">The due occasion's nudge was already sent, or gave up.</param>
public sealed record OwnerStatus(
    UserRef Owner,
    TimeZoneInfo Zone,
    Period Period,
    IReadOnlyList<OwedValue> Owed,
    DateTimeOffset? DueOccasion,
    bool Served,
    DateTimeOffset? SnoozedUntil,
    DateTimeOffset? NextOccasion)
{
    public bool NudgeDue => DueOccasion is not null && !Served && SnoozedUntil is null;

    public DeliveryKey NudgeKey(WorkspaceId workspace) =>
        new(workspace, DeliveryKind.Nudge, Owner.Id, Period.ToString(), NudgeRules.OccasionText(DueOccasion!.Value));
}

/// <summary>The digest's facts: what is in and what is missing, by owner, and escalations open.</summary>
public sealed record DigestFacts(
    Standing Standing,
    IReadOnlyList<(UserRef Owner, IReadOnlyList<Indicator> Missing)> MissingByOwner,
    IReadOnlyList<Indicator> MissingWithoutOwner,
    IReadOnlyList<StandingRow> NotAvailable,
    IReadOnlyList<Escalation> OpenEscalations)
{
    public Period Period => Standing.ReportingPeriod;
}

/// <summary>What is due in one workspace at an instant.</summary>
/// <param name="DigestOccasion">The workspace's occasion (in the default zone) when one is due now.</param>
public sealed record NudgePlan(
    WorkspaceId Workspace,
    DateTimeOffset At,
    IReadOnlyList<OwnerStatus> Owners,
    IReadOnlyList<Escalation> NewEscalations,
    DigestFacts Digest,
    DateTimeOffset? DigestOccasion,
    IReadOnlyList<DeliveryRecord> FailuresToReport)
{
    public IEnumerable<OwnerStatus> Nudges => Owners.Where(o => o.NudgeDue);
}
