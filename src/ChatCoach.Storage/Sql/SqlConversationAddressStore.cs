using ChatCoach.Domain.Delivery;

namespace ChatCoach.Storage.Sql;

/// <summary>Where the channels keep how to reach people and conversations later.</summary>
public sealed class SqlConversationAddressStore(Database database) : IConversationAddressStore
{
    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_addresses (channel, workspace_id, key, payload, updated_at, unusable_reason)
            VALUES (@channel, @ws, @key, @payload, @at, NULL)
            ON CONFLICT (channel, workspace_id, key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at, unusable_reason = NULL
            """,
            cancellationToken, ("@channel", address.Channel), ("@ws", address.Workspace), ("@key", address.Key),
            ("@payload", address.Payload), ("@at", SqlCommands.Timestamp(address.UpdatedAt)));
    }

    public async Task<ConversationAddress?> FindAsync(string channel, string workspace, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            """
            SELECT channel, workspace_id, key, payload, updated_at, unusable_reason FROM conversation_addresses
            WHERE channel = @channel AND workspace_id = @ws AND key = @key
            """,
            r => new ConversationAddress(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.ReadTimestamp(4), r.NullableString(5)),
            cancellationToken, ("@channel", channel), ("@ws", workspace), ("@key", key));
        return rows.SingleOrDefault();
    }

    public async Task MarkUnusableAsync(string channel, string workspace, string key, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE conversation_addresses SET unusable_reason = @reason WHERE channel = @channel AND workspace_id = @ws AND key = @key",
            cancellationToken, ("@reason", reason), ("@channel", channel), ("@ws", workspace), ("@key", key));
    }
}
