using System.Data.Common;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The board's rows as admins change them, in SQL. Every change writes its board_changes row in
/// the same transaction, so the change log can't miss one; values are still only ever appended.
/// </summary>
public sealed class SqlBoardStore(Database database) : IBoardStore
{
    private const string LaggingColumns = "metric_key, metric_name, quarter, revision, value, unit, recorded_by, recorded_at, channel, note";

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
            await SqlScoreboardStore.ChangeFieldAsync(transaction, workspace, indicatorKey, column, value, stamp, cancellationToken);
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

    public async Task<int> ValueCountAsync(WorkspaceId workspace, string indicatorKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM indicator_values WHERE workspace_id = @ws AND indicator_key = @key", null,
            ("@ws", workspace.Value), ("@key", indicatorKey));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public Task<LaggingValue> RecordLaggingAsync(WorkspaceId workspace, NewLaggingValue value, CancellationToken cancellationToken) =>
        database.InsertNextRevisionAsync(() => InsertLaggingAsync(workspace, value, cancellationToken));

    private async Task<LaggingValue> InsertLaggingAsync(WorkspaceId workspace, NewLaggingValue value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command(InsertLaggingSql + " RETURNING revision", null, LaggingParameters(workspace, value));
        var revision = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
        return new LaggingValue(value.MetricKey, value.MetricName, value.Quarter, revision, value.Value, value.Unit, value.RecordedBy, value.RecordedAt, value.Channel, value.Note);
    }

    private const string InsertLaggingSql =
        """
        INSERT INTO lagging_values (workspace_id, metric_key, metric_name, quarter, revision, value, unit, recorded_by, recorded_at, channel, note)
        SELECT @ws, @key, @name, @quarter, COALESCE(MAX(revision), 0) + 1, @value, @unit, @by, @at, @channel, @note
        FROM lagging_values WHERE workspace_id = @ws AND metric_key = @key AND quarter = @quarter
        """;

    private static (string, object?)[] LaggingParameters(WorkspaceId workspace, NewLaggingValue value) =>
    [
        ("@ws", workspace.Value), ("@key", value.MetricKey), ("@name", value.MetricName), ("@quarter", value.Quarter.ToString()),
        ("@value", SqlCommands.DecimalText(value.Value)), ("@unit", value.Unit.ToString()), ("@by", value.RecordedBy.Id),
        ("@at", SqlCommands.Timestamp(value.RecordedAt)), ("@channel", value.Channel), ("@note", value.Note),
    ];

    public async Task<IReadOnlyList<LaggingValue>> LaggingHistoryAsync(WorkspaceId workspace, string metricKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {LaggingColumns} FROM lagging_values WHERE workspace_id = @ws AND metric_key = @key ORDER BY quarter DESC, revision DESC",
            ReadLagging, cancellationToken, ("@ws", workspace.Value), ("@key", metricKey));
    }

    public async Task<IReadOnlyList<LaggingValue>> LatestLaggingAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT {LaggingColumns} FROM lagging_values v
            WHERE v.workspace_id = @ws AND v.revision = (
                SELECT MAX(r.revision) FROM lagging_values r
                WHERE r.workspace_id = v.workspace_id AND r.metric_key = v.metric_key AND r.quarter = v.quarter)
            """,
            ReadLagging, cancellationToken, ("@ws", workspace.Value));
    }

    public async Task<IReadOnlyList<RecordedValue>> AllValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {SqlScoreboardStore.ValueColumns} FROM indicator_values WHERE workspace_id = @ws ORDER BY indicator_key, period, revision",
            SqlScoreboardStore.ReadValue, cancellationToken, ("@ws", workspace.Value));
    }

    public async Task<IReadOnlyList<LaggingValue>> AllLaggingValuesAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {LaggingColumns} FROM lagging_values WHERE workspace_id = @ws ORDER BY metric_key, quarter, revision",
            ReadLagging, cancellationToken, ("@ws", workspace.Value));
    }

    public async Task ImportAsync(WorkspaceId workspace, IReadOnlyList<NewValue> values, IReadOnlyList<NewLaggingValue> lagging, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var value in values)
        {
            await transaction.ExecuteAsync(
                """
                INSERT INTO indicator_values (workspace_id, indicator_key, period, revision, kind, value, recorded_by, recorded_at, channel, note)
                SELECT @ws, @key, @period, COALESCE(MAX(revision), 0) + 1, @kind, @value, @by, @at, @channel, @note
                FROM indicator_values WHERE workspace_id = @ws AND indicator_key = @key AND period = @period
                """,
                cancellationToken,
                ("@ws", workspace.Value), ("@key", value.IndicatorKey), ("@period", value.Period.ToString()), ("@kind", value.Kind.ToString()),
                ("@value", SqlCommands.DecimalText(value.Value)), ("@by", value.RecordedBy.Id), ("@at", SqlCommands.Timestamp(value.RecordedAt)),
                ("@channel", value.Channel), ("@note", value.Note));
        }
        foreach (var value in lagging)
        {
            await transaction.ExecuteAsync(InsertLaggingSql, cancellationToken, LaggingParameters(workspace, value));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static LaggingValue ReadLagging(DbDataReader r) => new(
        MetricKey: r.GetString(0),
        MetricName: r.GetString(1),
        Quarter: Quarter.TryParse(r.GetString(2), out var q) ? q : throw new FormatException($"Stored quarter '{r.GetString(2)}' is unreadable."),
        Revision: Convert.ToInt32(r.GetValue(3)),
        Value: r.ReadDecimal(4)!.Value,
        Unit: Enum.Parse<Unit>(r.GetString(5)),
        RecordedBy: new UserRef(r.GetString(6)),
        RecordedAt: r.ReadTimestamp(7),
        Channel: r.GetString(8),
        Note: r.NullableString(9));
}
