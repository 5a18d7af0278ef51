using System.Data.Common;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Storage.Sql;

/// <summary>Lagging metrics' quarterly values in SQL, appended as revisions (lagging_values).</summary>
public sealed class SqlLaggingStore(Database database) : ILaggingStore
{
    internal const string LaggingColumns = "metric_key, metric_name, quarter, revision, value, unit, recorded_by, recorded_at, channel, note";

    public Task<LaggingValue> RecordLaggingAsync(WorkspaceId workspace, NewLaggingValue value, CancellationToken cancellationToken) =>
        database.InsertNextRevisionAsync(() => InsertLaggingAsync(workspace, value, cancellationToken));

    private async Task<LaggingValue> InsertLaggingAsync(WorkspaceId workspace, NewLaggingValue value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command(InsertLaggingSql + " RETURNING revision", null, LaggingParameters(workspace, value));
        var revision = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
        return new LaggingValue(value.MetricKey, value.MetricName, value.Quarter, revision, value.Value, value.Unit, value.RecordedBy, value.RecordedAt, value.Channel, value.Note);
    }

    internal const string InsertLaggingSql =
        """
        INSERT INTO lagging_values (workspace_id, metric_key, metric_name, quarter, revision, value, unit, recorded_by, recorded_at, channel, note)
        SELECT @ws, @key, @name, @quarter, COALESCE(MAX(revision), 0) + 1, @value, @unit, @by, @at, @channel, @note
        FROM lagging_values WHERE workspace_id = @ws AND metric_key = @key AND quarter = @quarter
        """;

    internal static (string, object?)[] LaggingParameters(WorkspaceId workspace, NewLaggingValue value) =>
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

    internal static LaggingValue ReadLagging(DbDataReader r) => new(
        MetricKey: r.GetString(0),
        MetricName: r.GetString(1),
        Quarter: Quarter.TryParse(r.GetString(2), out var q) ? q : throw new FormatException($"Stored quarter '{r.GetString(2)}' is unreadable."),
        Revision: Convert.ToInt32(r.GetValue(3)),
        Value: r.ReadDecimal(4)!.Value,
        Unit: Enum.Parse<Unit>(r.GetString(5)),
        RecordedBy: new UserRef(r.GetString(6)),
        RecordedAt: r.ReadTimestamp(7),
        Channel: r.GetString(8),
        Note: r.NullableString(9));}
