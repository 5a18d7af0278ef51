using ChatCoach.Domain.Installations;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>"Delete this workspace's data": every row keyed by the workspace, in one transaction.</summary>
public sealed class SqlWorkspaceDataEraser(Database database) : IWorkspaceDataEraser
{
    /// <summary>
    /// Tables keyed by workspace_id, deleted by it. A new table with a workspace_id column belongs
    /// here (or in <see cref="SurveyTables"/>); a storage test reads the live schema and fails otherwise.
    /// </summary>
    internal static readonly string[] WorkspaceTables =
    [
        "indicator_values", "lagging_values", "board_changes", "indicators", "conversation_addresses", "conversation_turns", "conversation_states",
        "nudge_deliveries", "nudge_snoozes", "nudge_escalations", "scoreboard_channels", "outbox", "pending_files",
        // An uninstalled workspace's API tokens die with its data, and their idempotency keys with them.
        "api_tokens", "api_idempotency",
    ];

    /// <summary>Keyed by workspace_id too, but erased first with the rows that hang off them by survey id.</summary>
    internal static readonly string[] SurveyTables = ["readiness_surveys"];

    public async Task<int> EraseAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ws = ("@ws", (object?)workspace.Value);
        var rows = 0;
        foreach (var survey in new[] { "readiness_answers", "readiness_interviews" })
        {
            rows += await transaction.ExecuteAsync(
                $"DELETE FROM {survey} WHERE survey_id IN (SELECT id FROM readiness_surveys WHERE workspace_id = @ws)", cancellationToken, ws);
        }
        foreach (var table in SurveyTables.Concat(WorkspaceTables))
        {
            rows += await transaction.ExecuteAsync($"DELETE FROM {table} WHERE workspace_id = @ws", cancellationToken, ws);
        }
        rows += await transaction.ExecuteAsync("DELETE FROM workspaces WHERE id = @ws", cancellationToken, ws);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }
}
