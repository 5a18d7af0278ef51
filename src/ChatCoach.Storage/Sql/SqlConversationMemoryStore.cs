using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Conversation memory in SQL (table conversation_turns, migration 3). Each conversation keeps a
/// bounded tail of turns; older ones are deleted when a new one is remembered.
/// </summary>
public sealed class SqlConversationMemoryStore(Database database) : IConversationMemory
{
    public async Task<IReadOnlyList<RememberedTurn>> RecallAsync(WorkspaceId workspace, string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var newestFirst = await connection.QueryAsync(
            """
            SELECT speaker, said, answered, said_at FROM conversation_turns
            WHERE workspace_id = @ws AND conversation_id = @conversation
            ORDER BY turn DESC LIMIT @max
            """,
            r => new RememberedTurn(new UserRef(r.GetString(0)), r.GetString(1), r.GetString(2), r.ReadTimestamp(3)),
            cancellationToken, ("@ws", workspace.Value), ("@conversation", conversationId), ("@max", Math.Max(0, maxTurns)));
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task RememberAsync(WorkspaceId workspace, string conversationId, RememberedTurn turn, int keepTurns, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The next turn number comes from the table inside the transaction; two replicas racing on
        // one conversation collide on the primary key and the later one is simply not remembered.
        await transaction.ExecuteAsync(
            """
            INSERT INTO conversation_turns (workspace_id, conversation_id, turn, speaker, said, answered, said_at)
            SELECT @ws, @conversation, COALESCE(MAX(turn), 0) + 1, @speaker, @said, @answered, @at
            FROM conversation_turns WHERE workspace_id = @ws AND conversation_id = @conversation
            ON CONFLICT (workspace_id, conversation_id, turn) DO NOTHING
            """,
            cancellationToken, ("@ws", workspace.Value), ("@conversation", conversationId), ("@speaker", turn.Speaker.Id),
            ("@said", turn.Said), ("@answered", turn.Answered), ("@at", SqlCommands.Timestamp(turn.At)));
        await transaction.ExecuteAsync(
            """
            DELETE FROM conversation_turns
            WHERE workspace_id = @ws AND conversation_id = @conversation
              AND turn <= (SELECT MAX(turn) FROM conversation_turns WHERE workspace_id = @ws AND conversation_id = @conversation) - @keep
            """,
            cancellationToken, ("@ws", workspace.Value), ("@conversation", conversationId), ("@keep", Math.Max(1, keepTurns)));
        await transaction.CommitAsync(cancellationToken);
    }
}
