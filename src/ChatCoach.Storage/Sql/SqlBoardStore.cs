using System.Data.Common;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Every change to the board's rows, in SQL. Each writes its board_changes row in the same
/// transaction, so the change log can't miss one; values are never touched here.
/// </summary>
public sealed class SqlBoardStore(Database database) : IBoardStore
{
    public async Task AddIndicatorAsync(WorkspaceId workspace, Indicator indicator, ChangeStamp stamp, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var next = connection.Command("SELECT COALESCE(MAX(position), 0) + 1 FROM indicators WHERE workspace_id = @ws", transaction, ("@ws", workspace.Value)))
        {
            indicator = indicator with { Position = Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken)) };
        }
        await SqlScoreboardStore.InsertIndicatorAsync(transaction, workspace, indicator, cancellationToken);
        await LogAsync(transaction, workspace, indicator.Key, "added", null, indicator.Name, stamp, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task SetOwnerAsync(WorkspaceId workspace, string indicatorKey, UserRef owner, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("owner", owner.Id));

    public Task SetTargetAsync(WorkspaceId workspace, string indicatorKey, decimal? target, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("target", SqlCommands.DecimalText(target)));

    /// <summary>Changes an indicator's field and keeps the old value in board_changes, in the caller's transaction.</summary>
    private static async Task ChangeFieldAsync(DbTransaction transaction, WorkspaceId workspace, string indicatorKey, string field, string? newValue, ChangeStamp stamp, CancellationToken cancellationToken)
    {
        // field is a column name the stores pass as a constant, never user text.
        await transaction.ExecuteAsync(
            $"""
            INSERT INTO board_changes (workspace_id, indicator_key, field, old_value, new_value, changed_by, changed_at, channel)
            SELECT workspace_id, key, @field, {field}, @new, @by, @at, @channel FROM indicators WHERE workspace_id = @ws AND key = @key
            """,
            cancellationToken, ("@field", field), ("@new", newValue), ("@by", stamp.By.Id), ("@at", SqlCommands.Timestamp(stamp.At)),
            ("@channel", stamp.Channel), ("@ws", workspace.Value), ("@key", indicatorKey));
        var changed = await transaction.ExecuteAsync(
            $"UPDATE indicators SET {field} = @new WHERE workspace_id = @ws AND key = @key",
            cancellationToken, ("@new", newValue), ("@ws", workspace.Value), ("@key", indicatorKey));
        if (changed != 1)
        {
            throw new KeyNotFoundException($"No indicator '{indicatorKey}' in workspace {workspace}.");
        }
    }

    public Task RenameAsync(WorkspaceId workspace, string indicatorKey, string name, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("name", name));

    public Task SetLaggingMetricAsync(WorkspaceId workspace, string indicatorKey, string laggingMetric, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("lagging_metric", laggingMetric));

    public Task SetMeaningAsync(WorkspaceId workspace, string indicatorKey, Unit unit, BetterWhen betterWhen, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("unit", unit.ToString()), ("better_when", betterWhen.ToString()));

    public Task RetireAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("retired_at", SqlCommands.Timestamp(stamp.At)));

    public Task RestoreAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken) =>
        ChangeAsync(workspace, indicatorKey, stamp, cancellationToken, ("retired_at", null));

    /// <summary>Each (column, value) is one logged change; columns are the constants above, never user text.</summary>
    private async Task ChangeAsync(WorkspaceId workspace, string indicatorKey, ChangeStamp stamp, CancellationToken cancellationToken, params (string Column, string? Value)[] changes)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (column, value) in changes)
        {
            await ChangeFieldAsync(transaction, workspace, indicatorKey, column, value, stamp, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<int> LogAsync(DbTransaction transaction, WorkspaceId workspace, string key, string field, string? old, string? value, ChangeStamp stamp, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            """
            INSERT INTO board_changes (workspace_id, indicator_key, field, old_value, new_value, changed_by, changed_at, channel)
            VALUES (@ws, @key, @field, @old, @new, @by, @at, @channel)
            """,
            cancellationToken, ("@ws", workspace.Value), ("@key", key), ("@field", field), ("@old", old), ("@new", value),
            ("@by", stamp.By.Id), ("@at", SqlCommands.Timestamp(stamp.At)), ("@channel", stamp.Channel));

    public async Task<IReadOnlyList<BoardChange>> ChangesAsync(WorkspaceId workspace, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT indicator_key, field, old_value, new_value, changed_by, changed_at, channel FROM board_changes
            WHERE workspace_id = @ws ORDER BY changed_at DESC LIMIT @limit
            """,
            r => new BoardChange(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), new UserRef(r.GetString(4)), r.ReadTimestamp(5), r.GetString(6)),
            cancellationToken, ("@ws", workspace.Value), ("@limit", limit));
    }


}
