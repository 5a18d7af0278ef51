using ChatCoach.Domain.Api;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// One row per token and window; the upsert adds one and returns the new count in a single
/// statement, so concurrent requests on any host each get a different count.
/// </summary>
public sealed class SqlApiRateWindows(Database database) : IApiRateWindows
{
    public async Task<int> CountAsync(string secretHash, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        var counted = await connection.QueryAsync(
            """
            INSERT INTO api_rate_windows (secret_hash, window_start, requests) VALUES (@hash, @window, 1)
            ON CONFLICT (secret_hash, window_start) DO UPDATE SET requests = api_rate_windows.requests + 1
            RETURNING requests
            """,
            r => Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), cancellationToken,
            ("@hash", secretHash), ("@window", SqlCommands.Timestamp(windowStart)));
        return counted.Single();
    }

    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM api_rate_windows WHERE window_start < @before", cancellationToken,
            ("@before", SqlCommands.Timestamp(olderThan)));
    }
}
