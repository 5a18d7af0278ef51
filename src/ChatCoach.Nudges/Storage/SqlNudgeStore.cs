using ChatCoach.Storage.Sql;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Storage;

/// <summary>
/// The nudge loop's memory in SQL. A message is handed to the outbox by inserting its key (the
/// database lets exactly one inserter win); the outbox's outcomes are written back by its key
/// there (migration 17). Never a lock in this process.
/// </summary>
public sealed class SqlNudgeStore(Database database) : INudgeStore
{
    private const string DeliveryColumns = "kind, recipient, subject, occasion, status, attempts, contents, detail, created_at, updated_at, outbox_key";

    public async Task<IReadOnlyList<WorkspaceId>> WorkspacesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT id FROM workspaces ORDER BY id", r => new WorkspaceId(r.GetString(0)), cancellationToken);
    }

    public async Task<bool> HandOverAsync(DeliveryKey key, string outboxKey, IReadOnlyList<string> indicatorKeys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // A row the claiming loop left retrying before this version is handed over too (once).
        return await connection.ExecuteAsync(
            """
            INSERT INTO nudge_deliveries (workspace_id, kind, recipient, subject, occasion, status, attempts, contents, outbox_key, created_at, updated_at)
            VALUES (@ws, @kind, @recipient, @subject, @occasion, 'Sending', 0, @contents, @outbox, @now, @now)
            ON CONFLICT (workspace_id, kind, recipient, subject, occasion) DO UPDATE
                SET outbox_key = excluded.outbox_key, contents = excluded.contents, status = 'Sending', updated_at = excluded.updated_at
                WHERE nudge_deliveries.outbox_key IS NULL AND nudge_deliveries.status = 'Retry'
            """,
            cancellationToken, [.. KeyParameters(key), ("@contents", IndicatorList.Write(indicatorKeys)), ("@outbox", outboxKey), ("@now", SqlCommands.Timestamp(now))]) == 1;
    }

    public async Task RecordOutcomeAsync(string outboxKey, DeliveryStatus status, int attempts, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE nudge_deliveries SET status = @status, attempts = @attempts, detail = @detail, updated_at = @now WHERE outbox_key = @outbox",
            cancellationToken, ("@outbox", outboxKey), ("@status", status.ToString()), ("@attempts", attempts), ("@detail", Shorten(detail)),
            ("@now", SqlCommands.Timestamp(now)));
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(WorkspaceId workspace, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {DeliveryColumns} FROM nudge_deliveries WHERE workspace_id = @ws AND created_at >= @since ORDER BY created_at",
            r => new DeliveryRecord(
                new DeliveryKey(workspace, Enum.Parse<DeliveryKind>(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3)),
                Enum.Parse<DeliveryStatus>(r.GetString(4)), Convert.ToInt32(r.GetValue(5)), IndicatorList.Read(r.GetString(6)), r.NullableString(7),
                r.ReadTimestamp(8), r.ReadTimestamp(9), !r.IsDBNull(10)),
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
