using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Each conversation's state in SQL (table conversation_states, migration 16): one row per
/// conversation, replaced on each change; a row older than the caller's horizon reads as none.
/// </summary>
public sealed class SqlConversationStateStore(Database database) : IConversationStateStore
{
    public async Task<string?> ReadAsync(WorkspaceId workspace, string conversationId, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT document FROM conversation_states WHERE workspace_id = @ws AND conversation_id = @conversation AND updated_at >= @since",
            r => r.GetString(0), cancellationToken,
            ("@ws", workspace.Value), ("@conversation", conversationId), ("@since", SqlCommands.Timestamp(notBefore)));
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task WriteAsync(WorkspaceId workspace, string conversationId, string document, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_states (workspace_id, conversation_id, document, updated_at) VALUES (@ws, @conversation, @document, @at)
            ON CONFLICT (workspace_id, conversation_id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at
            """,
            cancellationToken, ("@ws", workspace.Value), ("@conversation", conversationId), ("@document", document), ("@at", SqlCommands.Timestamp(at)));
    }
}
