using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Model;

/// <summary>
/// Where the nudge loop remembers what it sent, who snoozed, what was escalated and where the
/// digest goes. Sending is the outbox's (it claims and retries); the ledger's unique key decides,
/// among hosts, who hands a message over.
/// </summary>
public interface INudgeStore
{
    Task<IReadOnlyList<WorkspaceId>> WorkspacesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Notes that the message under <paramref name="key"/> is handed to the outbox as
    /// <paramref name="outboxKey"/>: true for the one caller that should enqueue it now — it was never
    /// handed over (or was left retrying by the loop that sent before the outbox did, decision 0032).
    /// </summary>
    Task<bool> HandOverAsync(DeliveryKey key, string outboxKey, IReadOnlyList<string> indicatorKeys, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records how the outbox's latest attempt at <paramref name="outboxKey"/> went.</summary>
    Task RecordOutcomeAsync(string outboxKey, DeliveryStatus status, int attempts, string? detail, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The workspace's deliveries created since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(WorkspaceId workspace, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Replaces the person's snooze for that period (the latest request wins).</summary>
    Task SnoozeAsync(WorkspaceId workspace, Snooze snooze, CancellationToken cancellationToken);

    Task<IReadOnlyList<Snooze>> SnoozesAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Records the escalation once per (indicator, period); false when it already was.</summary>
    Task<bool> TryEscalateAsync(WorkspaceId workspace, Escalation escalation, CancellationToken cancellationToken);

    Task<IReadOnlyList<Escalation>> EscalationsAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    Task SetScoreboardChannelAsync(WorkspaceId workspace, ScoreboardChannel channel, CancellationToken cancellationToken);

    Task<ScoreboardChannel?> ScoreboardChannelAsync(WorkspaceId workspace, CancellationToken cancellationToken);
}

public enum DeliveryKind
{
    Nudge,
    Escalation,
    Digest,

    /// <summary>Tells the admins, once, that a message could not be delivered.</summary>
    FailureReport,
}

public enum DeliveryStatus
{
    Sending,
    Sent,
    Retry,
    Failed,
}

/// <summary>
/// The identity of one message the loop sends — the unique key that makes it exactly one:
/// e.g. (workspace, Nudge, owner, "2026-10", "2026-11-23T09:00:00Z").
/// </summary>
/// <param name="Recipient">A user ref, or "conversation:&lt;id&gt;" for a channel.</param>
/// <param name="Subject">What it is about: a period, or "indicator/period".</param>
/// <param name="Occasion">The scheduled instant it belongs to, or "" for once-ever messages.</param>
public sealed record DeliveryKey(WorkspaceId Workspace, DeliveryKind Kind, string Recipient, string Subject, string Occasion)
{
    private const string ConversationPrefix = "conversation:";

    /// <summary>The recipient text naming a conversation, as the ledger keys it.</summary>
    public static string ConversationRecipient(string conversationId) => ConversationPrefix + conversationId;

    /// <summary>The person the message went to, or null when it went to a conversation.</summary>
    public UserRef? Person =>
        !Recipient.StartsWith(ConversationPrefix, StringComparison.Ordinal) && UserRef.TryParse(Recipient, out var user) ? user : null;

    public override string ToString() => $"{Workspace}/{Kind}/{Recipient}/{Subject}/{Occasion}";
}

/// <param name="IndicatorKeys">The indicators the message asked or told about (a nudge's missing values, an escalation's one; none for a digest).</param>
/// <param name="HandedOver">The outbox has it (false only for rows the claiming loop wrote before version 17).</param>
public sealed record DeliveryRecord(DeliveryKey Key, DeliveryStatus Status, int Attempts, IReadOnlyList<string> IndicatorKeys, string? Detail, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, bool HandedOver = true);

/// <summary>"Remind me Thursday" / "snooze 3 days": no nudge for that period before <paramref name="Until"/>, then one.</summary>
public sealed record Snooze(UserRef Owner, Period Period, DateTimeOffset Until, DateTimeOffset SetAt);

/// <summary>An unanswered request raised to the admins and the scoreboard channel.</summary>
public sealed record Escalation(string IndicatorKey, Period Period, UserRef Owner, int TimesAsked, DateTimeOffset EscalatedAt)
{
    public string Subject => $"{IndicatorKey}/{Period}";
}

/// <summary>Where the digest and escalations are posted ("post the digest here").</summary>
/// <param name="Channel">"slack" or "teams" (or "console", which cannot be posted to).</param>
public sealed record ScoreboardChannel(string Channel, string ConversationId, UserRef SetBy, DateTimeOffset SetAt)
{
    public string Recipient => DeliveryKey.ConversationRecipient(ConversationId);
}
