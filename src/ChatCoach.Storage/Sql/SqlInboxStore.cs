using ChatCoach.Domain.Inbound;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The inbox table. A row's (source, delivery_id) key is what makes a platform's re-delivery a
/// no-op; its status is what lets a restarted process pick up acknowledged but unfinished work.
/// </summary>
public sealed class SqlInboxStore(Database database) : IInboxStore
{
    public async Task<bool> TryAddAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        // The platform is waiting for the acknowledgement this row allows: it goes ahead of queued writes.
        await using var connection = await database.OpenUrgentWriteAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO inbox (source, delivery_id, payload, received_at, status, attempts)
            VALUES (@source, @id, @payload, @at, 'pending', 0)
            ON CONFLICT (source, delivery_id) DO NOTHING
            """,
            cancellationToken, ("@source", inbound.Source), ("@id", inbound.DeliveryId), ("@payload", inbound.Payload),
            ("@at", SqlCommands.Timestamp(inbound.ReceivedAt)));
        return inserted == 1;
    }

    public async Task<IReadOnlyList<PendingInboundEvent>> PendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT source, delivery_id, payload, received_at, attempts FROM inbox
            WHERE status = 'pending' OR (status = 'processing' AND lease_until < @now)
            ORDER BY received_at LIMIT @limit
            """,
            r => new PendingInboundEvent(new InboundEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.ReadTimestamp(3)), Convert.ToInt32(r.GetValue(4))),
            cancellationToken, ("@now", SqlCommands.Timestamp(now)), ("@limit", limit));
    }

    public async Task<bool> TryClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // One conditional UPDATE: the database, not a lock in this process, decides the one winner.
        var claimed = await connection.ExecuteAsync(
            """
            UPDATE inbox SET status = 'processing', claimed_by = @claimant, lease_until = @lease
            WHERE source = @source AND delivery_id = @id
              AND (status = 'pending' OR (status = 'processing' AND lease_until < @now))
            """,
            cancellationToken, ("@claimant", claimant), ("@lease", SqlCommands.Timestamp(leaseUntil)), ("@source", source), ("@id", deliveryId),
            ("@now", SqlCommands.Timestamp(now)));
        return claimed == 1;
    }

    public async Task MarkDoneAsync(string source, string deliveryId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE inbox SET status = 'done', finished_at = @at WHERE source = @source AND delivery_id = @id",
            cancellationToken, ("@at", SqlCommands.Timestamp(at)), ("@source", source), ("@id", deliveryId));
    }

    public async Task ReleaseAsync(string source, string deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE inbox SET status = 'pending', claimed_by = NULL, lease_until = NULL WHERE source = @source AND delivery_id = @id AND status = 'processing'",
            cancellationToken, ("@source", source), ("@id", deliveryId));
    }

    public async Task MarkFailedAsync(string source, string deliveryId, string reason, bool giveUp, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE inbox SET attempts = attempts + 1, last_error = @reason,
                status = CASE WHEN @giveUp = 1 THEN 'failed' ELSE 'pending' END, claimed_by = NULL, lease_until = NULL
            WHERE source = @source AND delivery_id = @id
            """,
            cancellationToken, ("@reason", reason), ("@giveUp", giveUp ? 1 : 0), ("@source", source), ("@id", deliveryId));
    }

    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM inbox WHERE status <> 'pending' AND received_at < @before",
            cancellationToken, ("@before", SqlCommands.Timestamp(olderThan)));
    }
}
