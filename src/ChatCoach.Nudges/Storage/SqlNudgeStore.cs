using ChatCoach.Storage.Sql;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Storage;

/// <summary>
/// The nudge loop's memory in SQL. A message is claimed by inserting its key (the database lets
/// exactly one inserter win) or, for a retry or a send its claimant never finished, by one
/// conditional UPDATE; never by a lock in this process.
/// </summary>
public sealed class SqlNudgeStore(Database database) : INudgeStore
{
    private const string DeliveryColumns = "kind, recipient, subject, occasion, status, attempts, contents, detail, created_at, updated_at";
    private const string KeyFilter = "workspace_id = @ws AND kind = @kind AND recipient = @recipient AND subject = @subject AND occasion = @occasion";

    public async Task<IReadOnlyList<WorkspaceId>> WorkspacesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT id FROM workspaces ORDER BY id", r => new WorkspaceId(r.GetString(0)), cancellationToken);
    }

    public async Task<bool> TryClaimAsync(DeliveryKey key, string claimant, string contents, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var at = SqlCommands.Timestamp(now);
        var lease = SqlCommands.Timestamp(leaseUntil);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO nudge_deliveries (workspace_id, kind, recipient, subject, occasion, status, attempts, contents, claimed_by, lease_until, created_at, updated_at)
            VALUES (@ws, @kind, @recipient, @subject, @occasion, 'Sending', 1, @contents, @claimant, @lease, @now, @now)
            ON CONFLICT (workspace_id, kind, recipient, subject, occasion) DO NOTHING
            """,
            cancellationToken, [.. KeyParameters(key), ("@contents", contents), ("@claimant", claimant), ("@lease", lease), ("@now", at)]);
        if (inserted == 1)
        {
            return true;
        }
        // A retry that is due, or a claim whose holder died before recording the outcome.
        var reclaimed = await connection.ExecuteAsync(
            $"""
            UPDATE nudge_deliveries SET status = 'Sending', attempts = attempts + 1, contents = @contents,
                claimed_by = @claimant, lease_until = @lease, retry_at = NULL, updated_at = @now
            WHERE {KeyFilter}
              AND ((status = 'Retry' AND retry_at <= @now) OR (status = 'Sending' AND lease_until < @now))
            """,
            cancellationToken, [.. KeyParameters(key), ("@contents", contents), ("@claimant", claimant), ("@lease", lease), ("@now", at)]);
        return reclaimed == 1;
    }

    public async Task RecordOutcomeAsync(DeliveryKey key, DeliveryStatus status, string? detail, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"""
            UPDATE nudge_deliveries SET status = @status, detail = @detail, retry_at = @retry, claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE {KeyFilter}
            """,
            cancellationToken, [.. KeyParameters(key), ("@status", status.ToString()), ("@detail", Shorten(detail)),
                ("@retry", retryAt is { } r ? SqlCommands.Timestamp(r) : null), ("@now", SqlCommands.Timestamp(now))]);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(WorkspaceId workspace, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {DeliveryColumns} FROM nudge_deliveries WHERE workspace_id = @ws AND created_at >= @since ORDER BY created_at",
            r => new DeliveryRecord(
                new DeliveryKey(workspace, Enum.Parse<DeliveryKind>(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3)),
                Enum.Parse<DeliveryStatus>(r.GetString(4)), Convert.ToInt32(r.GetValue(5)), r.GetString(6), r.NullableString(7),
                r.ReadTimestamp(8), r.ReadTimestamp(9)),
            cancellationToken, ("@ws", workspace.Value), ("@since", SqlCommands.Timestamp(since)));
    }

    public async Task SnoozeAsync(WorkspaceId workspace, Snooze snooze, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO nudge_snoozes (workspace_id, owner, period, snoozed_until, set_at) VALUES (@ws, @owner, @period, @until, @at)
            ON CONFLICT (workspace_id, owner, period) DO UPDATE SET snoozed_until = excluded.snoozed_until, set_at = excluded.set_at
            """,
            cancellationToken, ("@ws", workspace.Value), ("@owner", snooze.Owner.Id), ("@period", snooze.Period.ToString()),
            ("@until", SqlCommands.Timestamp(snooze.Until)), ("@at", SqlCommands.Timestamp(snooze.SetAt)));
    }

    public async Task<IReadOnlyList<Snooze>> SnoozesAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT owner, period, snoozed_until, set_at FROM nudge_snoozes WHERE workspace_id = @ws",
            r => new Snooze(new UserRef(r.GetString(0)), Period.Parse(r.GetString(1)), r.ReadTimestamp(2), r.ReadTimestamp(3)),
            cancellationToken, ("@ws", workspace.Value));
    }

    public async Task<bool> TryEscalateAsync(WorkspaceId workspace, Escalation escalation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO nudge_escalations (workspace_id, indicator_key, period, owner, times_asked, escalated_at)
            VALUES (@ws, @key, @period, @owner, @times, @at)
            ON CONFLICT (workspace_id, indicator_key, period) DO NOTHING
            """,
            cancellationToken, ("@ws", workspace.Value), ("@key", escalation.IndicatorKey), ("@period", escalation.Period.ToString()),
            ("@owner", escalation.Owner.Id), ("@times", escalation.TimesAsked), ("@at", SqlCommands.Timestamp(escalation.EscalatedAt)));
        return inserted == 1;
    }

    public async Task<IReadOnlyList<Escalation>> EscalationsAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT indicator_key, period, owner, times_asked, escalated_at FROM nudge_escalations WHERE workspace_id = @ws ORDER BY escalated_at",
            r => new Escalation(r.GetString(0), Period.Parse(r.GetString(1)), new UserRef(r.GetString(2)), Convert.ToInt32(r.GetValue(3)), r.ReadTimestamp(4)),
            cancellationToken, ("@ws", workspace.Value));
    }

    public async Task SetScoreboardChannelAsync(WorkspaceId workspace, ScoreboardChannel channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO scoreboard_channels (workspace_id, channel, conversation_id, set_by, set_at) VALUES (@ws, @channel, @conversation, @by, @at)
            ON CONFLICT (workspace_id) DO UPDATE SET channel = excluded.channel, conversation_id = excluded.conversation_id,
                set_by = excluded.set_by, set_at = excluded.set_at
            """,
            cancellationToken, ("@ws", workspace.Value), ("@channel", channel.Channel), ("@conversation", channel.ConversationId),
            ("@by", channel.SetBy.Id), ("@at", SqlCommands.Timestamp(channel.SetAt)));
    }

    public async Task<ScoreboardChannel?> ScoreboardChannelAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT channel, conversation_id, set_by, set_at FROM scoreboard_channels WHERE workspace_id = @ws",
            r => new ScoreboardChannel(r.GetString(0), r.GetString(1), new UserRef(r.GetString(2)), r.ReadTimestamp(3)),
            cancellationToken, ("@ws", workspace.Value));
        return rows.SingleOrDefault();
    }

    private static (string, object?)[] KeyParameters(DeliveryKey key) =>
        [("@ws", key.Workspace.Value), ("@kind", key.Kind.ToString()), ("@recipient", key.Recipient), ("@subject", key.Subject), ("@occasion", key.Occasion)];

    private static string? Shorten(string? detail) => detail is { Length: > 500 } ? detail[..500] : detail;
}
