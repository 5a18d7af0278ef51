using System.Data.Common;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Idempotency keys: the primary key decides which of two racing requests writes; the other reads
/// the row (still running, or the kept answer). A claim still unanswered after
/// <see cref="InFlightLimit"/> was left by a process that died mid-write (the write and its answer
/// commit together, so it wrote nothing): the next request with the key takes it over.
/// </summary>
public sealed class SqlIdempotencyStore(Database database) : IIdempotencyStore
{
    /// <summary>Far longer than any write takes; short enough that a client retrying after a crash is not locked out for a day.</summary>
    public static readonly TimeSpan InFlightLimit = TimeSpan.FromMinutes(2);

    private const string Key = "workspace_id = @workspace AND token_name = @token AND idempotency_key = @key";

    public async Task<IdempotentAnswer?> ClaimAsync(WorkspaceId workspace, string tokenName, string key, string requestHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(
                "INSERT INTO api_idempotency (workspace_id, token_name, idempotency_key, request_hash, status, body, created_at) VALUES (@workspace, @token, @key, @hash, 0, NULL, @now)",
                cancellationToken, ("@workspace", workspace.Value), ("@token", tokenName), ("@key", key), ("@hash", requestHash), ("@now", SqlCommands.Timestamp(now)));
            return null;
        }
        catch (DbException e) when (database.IsUniqueViolation(e))
        {
            var abandoned = await connection.ExecuteAsync(
                $"UPDATE api_idempotency SET request_hash = @hash, created_at = @now WHERE {Key} AND status = 0 AND created_at < @stale", cancellationToken,
                ("@hash", requestHash), ("@now", SqlCommands.Timestamp(now)), ("@stale", SqlCommands.Timestamp(now - InFlightLimit)),
                ("@workspace", workspace.Value), ("@token", tokenName), ("@key", key));
            if (abandoned == 1)
            {
                return null;
            }
            var kept = await connection.QueryAsync($"SELECT request_hash, status, body FROM api_idempotency WHERE {Key}",
                r => new IdempotentAnswer(r.GetString(0), r.GetInt32(1), r.NullableString(2)), cancellationToken,
                ("@workspace", workspace.Value), ("@token", tokenName), ("@key", key));
            // Released between our insert and this read: report it as still running; the client retries.
            return kept.SingleOrDefault() ?? new IdempotentAnswer(requestHash, 0, null);
        }
    }

    public async Task AnswerAsync(WorkspaceId workspace, string tokenName, string key, int status, string body, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync($"UPDATE api_idempotency SET status = @status, body = @body WHERE {Key}", cancellationToken,
            ("@status", status), ("@body", body), ("@workspace", workspace.Value), ("@token", tokenName), ("@key", key));
    }

    public async Task ReleaseAsync(WorkspaceId workspace, string tokenName, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync($"DELETE FROM api_idempotency WHERE {Key} AND status = 0", cancellationToken,
            ("@workspace", workspace.Value), ("@token", tokenName), ("@key", key));
    }

    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM api_idempotency WHERE created_at < @before", cancellationToken,
            ("@before", SqlCommands.Timestamp(olderThan)));
    }
}
