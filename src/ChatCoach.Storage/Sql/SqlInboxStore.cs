using System.Data.Common;
using System.Text.Json;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The inbox table. A row's (source, delivery_id) key is what makes a platform's re-delivery a
/// no-op; its status is what lets a restarted process pick up acknowledged but unfinished work.
/// The three writes every event makes — insert, claim, done — are group-committed: concurrent calls
/// of one kind share one command (<see cref="StatementBatcher{TItem,TResult}"/>), one statement per
/// row (<see cref="OneProbeEach"/>), so under load the database sees a few transactions for many
/// events instead of three per event.
/// </summary>
public sealed class SqlInboxStore : IInboxStore
{
    private const int MaxBatch = 200;
    private readonly Database _database;
    private readonly StatementBatcher<InboundEvent, bool> _adds;
    private readonly StatementBatcher<Claim, PendingInboundEvent?> _claims;
    private readonly StatementBatcher<Done, bool> _dones;
    private readonly StatementBatcher<Kept, bool> _keeps;

    /// <summary>A pending row is due once its next attempt time (if any) has come.</summary>
    private const string Due = "status = 'pending' AND COALESCE(next_attempt_at, '') <= @now";

    /// <summary>What the claim and the sweeps return: the payload, the attempts, the kept replies, the in-flight mark, the retry window's start, the kept replies' pictures.</summary>
    private const string PendingColumns = "source, delivery_id, payload, received_at, attempts, replies, in_flight, retry_since, reply_pictures";

    public SqlInboxStore(Database database)
    {
        _database = database;
        _adds = new(AddBatchAsync, MaxBatch, database);
        _claims = new(ClaimBatchAsync, MaxBatch, database);
        _dones = new(DoneBatchAsync, MaxBatch, database);
        _keeps = new(KeepBatchAsync, MaxBatch, database);
    }

    private sealed record Kept(string Source, string DeliveryId, string Replies, byte[]? Pictures);

    private sealed record Claim(string Source, string DeliveryId, string Claimant, DateTimeOffset Now, DateTimeOffset LeaseUntil);

    private sealed record Done(string Source, string DeliveryId, DateTimeOffset At);

    public Task<bool> TryAddAsync(InboundEvent inbound, CancellationToken cancellationToken) => _adds.RunAsync(inbound);

    private async Task<IReadOnlyList<bool>> AddBatchAsync(IReadOnlyList<InboundEvent> events, CancellationToken cancellationToken)
    {
        // The platform is waiting for the acknowledgement these rows allow: they go ahead of queued writes.
        await using var connection = await _database.OpenUrgentWriteAsync(cancellationToken);
        // In key order: two hosts storing the same retried events lock their keys in one order, so
        // their batches cannot deadlock (PostgreSQL aborted one batch, whose events got a 503).
        var ordered = events.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.DeliveryId, StringComparer.Ordinal).ToList();
        var inserted = await OneProbeEach.QueryAsync(connection, _database.Provider,
            """
            INSERT INTO inbox (source, delivery_id, payload, received_at, status, attempts) VALUES (@row_source, @row_id, @row_payload, @row_at, 'pending', 0)
            ON CONFLICT (source, delivery_id) DO NOTHING RETURNING source, delivery_id
            """,
            ordered, e => [("@row_source", e.Source), ("@row_id", e.DeliveryId), ("@row_payload", e.Payload), ("@row_at", SqlCommands.Timestamp(e.ReceivedAt))],
            r => (r.GetString(0), r.GetString(1)), cancellationToken);
        return FirstWins(events.Select(e => (e.Source, e.DeliveryId)).ToList(), [.. inserted]);
    }

    public async Task<bool> TryClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await ClaimAsync(source, deliveryId, claimant, now, leaseUntil, cancellationToken) is not null;

    public Task<PendingInboundEvent?> ClaimAsync(string source, string deliveryId, string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        _claims.RunAsync(new Claim(source, deliveryId, claimant, now, leaseUntil));

    private async Task<IReadOnlyList<PendingInboundEvent?>> ClaimBatchAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        // A conditional UPDATE per row: the database, not a lock in this process, decides each row's
        // one winner, also across hosts. The status test is a CASE so that no planner reads it as a
        // reason to use the status index (PostgreSQL, its statistics saying "few rows pending" until the
        // next analyse, otherwise scanned every pending row of a backlog).
        var rows = await OneProbeEach.QueryAsync(connection, _database.Provider, ClaimOne,
            claims, c => [("@row_claimant", c.Claimant), ("@row_lease", SqlCommands.Timestamp(c.LeaseUntil)), ("@row_source", c.Source), ("@row_id", c.DeliveryId),
                ("@row_now", SqlCommands.Timestamp(c.Now))],
            ReadPending, cancellationToken);
        var claimed = new Dictionary<(string, string), PendingInboundEvent>();
        rows.ForEach(row => claimed.TryAdd((row.Event.Source, row.Event.DeliveryId), row));
        // A row the statement took is its first requester's; a second request for it in the same batch lost.
        return [.. claims.Select(c => claimed.Remove((c.Source, c.DeliveryId), out var row) ? row : null)];
    }

    /// <summary>One row's claim (internal for the test that checks its plan).</summary>
    internal static readonly string ClaimOne =
        $"""
        UPDATE inbox SET status = 'processing', claimed_by = @row_claimant, lease_until = @row_lease
        WHERE source = @row_source AND delivery_id = @row_id
          AND CASE WHEN {Due.Replace("@now", "@row_now", StringComparison.Ordinal)} THEN 1 WHEN status = 'processing' AND lease_until < @row_now THEN 1 ELSE 0 END = 1
        RETURNING {PendingColumns}
        """;

    /// <summary>
    /// One row's done mark (internal for the test that checks its plan). It lets go of the kept answer:
    /// a done row is kept only to recognise a re-delivery and its answer is never read again, while
    /// SQLite writes a record out again whole when an update changes its size, as the status's does
    /// (a chart's answer is 40 KB).
    /// </summary>
    internal const string DoneOne = """
        UPDATE inbox SET status = 'done', in_flight = 0, finished_at = @row_at, replies = NULL, reply_pictures = NULL
        WHERE source = @row_source AND delivery_id = @row_id
        """;

    private static PendingInboundEvent ReadPending(DbDataReader r)
    {
        var (replies, unreadable) = ReadReplies(r.NullableString(5), r.IsDBNull(8) ? null : (byte[])r.GetValue(8));
        return new(new InboundEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.ReadTimestamp(3)), Convert.ToInt32(r.GetValue(4)),
            replies, Convert.ToInt32(r.GetValue(6)) == 1, r.IsDBNull(7) ? null : r.ReadTimestamp(7), unreadable);
    }

    /// <summary>
    /// The kept replies, or why they cannot be read. A damaged value must not throw here: the claim
    /// reads a batch of rows in one statement, and one bad row would fail every row claimed with it,
    /// again after each lease.
    /// </summary>
    private static (IReadOnlyList<Reply>? Replies, string? Unreadable) ReadReplies(string? json, byte[]? pictures)
    {
        try
        {
            return (json is null ? [] : KeptPictures.Restore(ReplyJson.ReadAll(json), pictures), null);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public Task KeepRepliesAsync(string source, string deliveryId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var (withoutPictures, pictures) = KeptPictures.Separate(replies);
        return _keeps.RunAsync(new Kept(source, deliveryId, ReplyJson.WriteAll(withoutPictures), pictures));
    }

    /// <summary>Concurrent keeps share one write connection and transaction (one per event would double the writes on the fast path).</summary>
    private async Task<IReadOnlyList<bool>> KeepBatchAsync(IReadOnlyList<Kept> keeps, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        await OneProbeEach.QueryAsync(connection, _database.Provider,
            "UPDATE inbox SET replies = @row_replies, reply_pictures = @row_pictures, in_flight = 1 WHERE source = @row_source AND delivery_id = @row_id",
            keeps, k => [("@row_replies", k.Replies), ("@row_pictures", k.Pictures), ("@row_source", k.Source), ("@row_id", k.DeliveryId)], _ => true, cancellationToken);
        return [.. keeps.Select(_ => true)];
    }

    public Task MarkDoneAsync(string source, string deliveryId, DateTimeOffset at, CancellationToken cancellationToken) =>
        _dones.RunAsync(new Done(source, deliveryId, at));

    private async Task<IReadOnlyList<bool>> DoneBatchAsync(IReadOnlyList<Done> dones, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        await OneProbeEach.QueryAsync(connection, _database.Provider, DoneOne,
            dones, d => [("@row_at", SqlCommands.Timestamp(d.At)), ("@row_source", d.Source), ("@row_id", d.DeliveryId)], _ => true, cancellationToken);
        return [.. dones.Select(_ => true)];
    }

    /// <summary>A key the statement touched is its first requester's; a second request for it in the same batch lost.</summary>
    private static bool[] FirstWins(List<(string, string)> requested, HashSet<(string, string)> touched) =>
        [.. requested.Select(key => touched.Remove(key))];

    public async Task<IReadOnlyList<PendingInboundEvent>> PendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT {PendingColumns} FROM inbox
            WHERE ({Due}) OR (status = 'processing' AND lease_until < @now)
            ORDER BY received_at LIMIT @limit
            """,
            ReadPending, cancellationToken, ("@now", SqlCommands.Timestamp(now)), ("@limit", limit));
    }

    public async Task<IReadOnlyList<InboxKey>> WaitingAsync(DateTimeOffset now, int limit, InboxKey? after, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT source, delivery_id, received_at, attempts FROM inbox
            WHERE (({Due}) OR (status = 'processing' AND lease_until < @now))
              AND (received_at, source, delivery_id) > (@at, @source, @id)
            ORDER BY received_at, source, delivery_id LIMIT @limit
            """,
            r => new InboxKey(r.GetString(0), r.GetString(1), r.ReadTimestamp(2), Convert.ToInt32(r.GetValue(3))),
            cancellationToken, ("@now", SqlCommands.Timestamp(now)), ("@limit", limit),
            ("@at", SqlCommands.Timestamp(after?.ReceivedAt ?? DateTimeOffset.MinValue)), ("@source", after?.Source ?? ""), ("@id", after?.DeliveryId ?? ""));
    }

    public async Task ReleaseAsync(string source, string deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE inbox SET status = 'pending', claimed_by = NULL, lease_until = NULL WHERE source = @source AND delivery_id = @id AND status = 'processing'",
            cancellationToken, ("@source", source), ("@id", deliveryId));
    }

    public async Task MarkFailedAsync(string source, string deliveryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE inbox SET attempts = attempts + 1, last_error = @reason, next_attempt_at = @retry,
                status = CASE WHEN @dead = 1 THEN 'dead' ELSE 'pending' END,
                claimed_by = NULL, lease_until = NULL
            WHERE source = @source AND delivery_id = @id
            """,
            cancellationToken, ("@reason", reason), ("@retry", retryAt is { } at ? SqlCommands.Timestamp(at) : null), ("@dead", retryAt is null ? 1 : 0),
            ("@source", source), ("@id", deliveryId));
    }

    /// <summary>'failed' is what rows were parked as before retry windows: they are re-drivable too.</summary>
    private const string Parked = "status IN ('dead', 'failed')";

    public async Task<IReadOnlyList<ParkedInboundEvent>> ParkedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT source, delivery_id, received_at, attempts, last_error FROM inbox WHERE {Parked} ORDER BY received_at, source, delivery_id LIMIT @limit",
            r => new ParkedInboundEvent(r.GetString(0), r.GetString(1), r.ReadTimestamp(2), Convert.ToInt32(r.GetValue(3)), r.NullableString(4)),
            cancellationToken, ("@limit", limit));
    }

    public async Task<int> CountParkedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var counts = await connection.QueryAsync($"SELECT COUNT(*) FROM inbox WHERE {Parked}", r => Convert.ToInt32(r.GetValue(0)), cancellationToken);
        return counts[0];
    }

    public async Task<int> RedriveAsync(string? source, string? deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(
            $"""
            UPDATE inbox SET status = 'pending', next_attempt_at = NULL, retry_since = @now, claimed_by = NULL, lease_until = NULL
            WHERE {Parked} AND (@all = 1 OR (source = @source AND delivery_id = @id))
            """,
            cancellationToken, ("@now", SqlCommands.Timestamp(now)), ("@all", deliveryId is null ? 1 : 0), ("@source", source ?? ""), ("@id", deliveryId ?? ""));
    }

    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM inbox WHERE status = 'done' AND received_at < @before",
            cancellationToken, ("@before", SqlCommands.Timestamp(olderThan)));
    }
}
