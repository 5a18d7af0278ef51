using ChatCoach.Domain.Delivery;

namespace ChatCoach.Storage.Sql;

/// <summary>Where the channels keep how to reach people and conversations later.</summary>
public sealed class SqlConversationAddressStore(Database database) : IConversationAddressStore
{
    private const string Save =
        """
        INSERT INTO conversation_addresses (channel, workspace_id, key, payload, updated_at, unusable_reason)
        VALUES (@channel, @ws, @key, @payload, @at, NULL)
        ON CONFLICT (channel, workspace_id, key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at, unusable_reason = NULL
        """;

    private const string Columns = "SELECT channel, workspace_id, key, payload, updated_at, unusable_reason FROM conversation_addresses";

    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(Save, cancellationToken, Parameters(address));
    }

    public async Task SaveAllAsync(IReadOnlyList<ConversationAddress> addresses, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var address in addresses)
        {
            await transaction.ExecuteAsync(Save, cancellationToken, Parameters(address));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static (string, object?)[] Parameters(ConversationAddress address) =>
        [("@channel", address.Channel), ("@ws", address.Workspace), ("@key", address.Key), ("@payload", address.Payload),
            ("@at", SqlCommands.Timestamp(address.UpdatedAt))];

    public async Task<ConversationAddress?> FindAsync(string channel, string workspace, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync($"{Columns} WHERE channel = @channel AND workspace_id = @ws AND key = @key",
            Read, cancellationToken, ("@channel", channel), ("@ws", workspace), ("@key", key));
        return rows.SingleOrDefault();
    }

    public async Task<IReadOnlyList<ConversationAddress>> FindAllAsync(string channel, string workspace, IReadOnlyList<string> keys,
        CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        // PostgreSQL: one text for any number of keys, so it stays prepared. SQLite parses every
        // command anyway (Microsoft.Data.Sqlite keeps no statements), so a list of the keys costs nothing more.
        var (match, parameters) = database.Provider == StorageProvider.Postgres
            ? ("key = ANY(@keys)", new (string, object?)[] { ("@keys", keys.ToArray()) })
            : ($"key IN ({string.Join(", ", keys.Select((_, i) => $"@k{i}"))})", [.. keys.Select((k, i) => ($"@k{i}", (object?)k))]);
        return await connection.QueryAsync($"{Columns} WHERE channel = @channel AND workspace_id = @ws AND {match}",
            Read, cancellationToken, [("@channel", channel), ("@ws", workspace), .. parameters]);
    }

    private static ConversationAddress Read(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.ReadTimestamp(4), r.NullableString(5));

    public async Task MarkUnusableAsync(string channel, string workspace, string key, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE conversation_addresses SET unusable_reason = @reason WHERE channel = @channel AND workspace_id = @ws AND key = @key",
            cancellationToken, ("@reason", reason), ("@channel", channel), ("@ws", workspace), ("@key", key));
    }
}
