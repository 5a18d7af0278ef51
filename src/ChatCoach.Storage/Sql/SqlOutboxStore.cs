using System.Data.Common;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The outbox in SQL (migration 6). Enqueueing inserts under the message's key (the database keeps
/// one); claiming is one conditional UPDATE (the database picks one winner among hosts); recording is
/// allowed only to the claimant, so a host whose lease ran out cannot overwrite the new sender's outcome.
/// </summary>
public sealed class SqlOutboxStore(Database database) : IOutboxStore
{
    private const string Columns = "message_key, workspace_id, channel, address_kind, address, reply, status, attempts, next_attempt_at, detail, created_at, updated_at";
    private const string Claimable = "((status IN ('Pending', 'Retry') AND next_attempt_at <= @now) OR (status = 'Sending' AND lease_until < @now))";

    public async Task<bool> TryAddAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (kind, address) = message.To switch
        {
            ToPerson person => ("person", person.User.Id),
            ToConversation conversation => ("conversation", conversation.ConversationId),
            _ => throw new ArgumentException($"Unknown address {message.To}.", nameof(message)),
        };
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        var at = SqlCommands.Timestamp(now);
        return await connection.ExecuteAsync(
            $"""
            INSERT INTO outbox ({Columns})
            VALUES (@key, @ws, @channel, @kind, @address, @reply, 'Pending', 0, @now, NULL, @now, @now)
            ON CONFLICT (message_key) DO NOTHING
            """,
            cancellationToken, ("@key", message.Key), ("@ws", message.Workspace.Value), ("@channel", message.To.Channel), ("@kind", kind),
            ("@address", address), ("@reply", ReplyJson.Write(message.Reply)), ("@now", at)) == 1;
    }

    public async Task<IReadOnlyList<OutboxRow>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {Columns} FROM outbox WHERE {Claimable} ORDER BY next_attempt_at LIMIT @max",
            ReadRow, cancellationToken, ("@now", SqlCommands.Timestamp(now)), ("@max", max));
    }

    public async Task<bool> TryClaimAsync(string key, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(
            $"""
            UPDATE outbox SET status = 'Sending', attempts = attempts + 1, claimed_by = @claimant, lease_until = @lease, updated_at = @now
            WHERE message_key = @key AND {Claimable}
            """,
            cancellationToken, ("@key", key), ("@claimant", claimant), ("@lease", SqlCommands.Timestamp(leaseUntil)), ("@now", SqlCommands.Timestamp(now))) == 1;
    }

    public async Task RecordAsync(string key, string claimant, OutboxStatus status, string? detail, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE outbox SET status = @status, detail = @detail, next_attempt_at = COALESCE(@retry, next_attempt_at),
                claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE message_key = @key AND claimed_by = @claimant
            """,
            cancellationToken, ("@key", key), ("@claimant", claimant), ("@status", status.ToString()), ("@detail", Shorten(detail)),
            ("@retry", retryAt is { } r ? SqlCommands.Timestamp(r) : null), ("@now", SqlCommands.Timestamp(now)));
    }

    public async Task<OutboxRow?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM outbox WHERE message_key = @key", ReadRow, cancellationToken, ("@key", key));
        return rows is [var row] ? row : null;
    }

    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM outbox WHERE status IN ('Sent', 'Failed') AND updated_at < @before",
            cancellationToken, ("@before", SqlCommands.Timestamp(olderThan)));
    }

    private static OutboxRow ReadRow(DbDataReader r)
    {
        var channel = r.GetString(2);
        OutboundAddress to = r.GetString(3) == "person" ? new ToPerson(new UserRef(r.GetString(4))) : new ToConversation(channel, r.GetString(4));
        var message = new OutboundMessage(r.GetString(0), new WorkspaceId(r.GetString(1)), to, ReplyJson.Read(r.GetString(5)));
        return new OutboxRow(message, Enum.Parse<OutboxStatus>(r.GetString(6)), Convert.ToInt32(r.GetValue(7)), r.ReadTimestamp(8), r.NullableString(9),
            r.ReadTimestamp(10), r.ReadTimestamp(11));
    }

    private static string? Shorten(string? detail) => detail is { Length: > 500 } ? detail[..500] : detail;
}
