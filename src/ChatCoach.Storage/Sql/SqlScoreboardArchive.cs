using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Storage.Sql;

/// <summary>A workspace's monthly and quarterly values in bulk, in SQL: every revision out, an import in one transaction.</summary>
public sealed class SqlScoreboardArchive(Database database) : IScoreboardArchive
{
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
            $"SELECT {SqlLaggingStore.LaggingColumns} FROM lagging_values WHERE workspace_id = @ws ORDER BY metric_key, quarter, revision",
            SqlLaggingStore.ReadLagging, cancellationToken, ("@ws", workspace.Value));
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
            await transaction.ExecuteAsync(SqlLaggingStore.InsertLaggingSql, cancellationToken, SqlLaggingStore.LaggingParameters(workspace, value));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
