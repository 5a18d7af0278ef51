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
        // Each key once: one lookup per key joined with UNION ALL would return a repeated key's row twice.
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(FindAllSql(distinct.Count), Read, cancellationToken,
            [("@channel", channel), ("@ws", workspace), .. distinct.Select((k, i) => ($"@k{i}", (object?)k))]);
    }

    /// <summary>
    /// One primary-key lookup per key, joined with UNION ALL. "key = ANY(@keys)" (or IN) lets
    /// PostgreSQL's planner, on a table it has not analysed since it was small — a new tenant's first
    /// day, every benchmark run — look up the channel and workspace only and filter the keys: each
    /// Teams message then read every reference of its tenant (36 ms a call at 20,000 references, 73%
    /// of the database's time in the benchmark). A lookup of the whole key is a unique-index probe
    /// whatever the statistics say.
    /// </summary>
    internal static string FindAllSql(int keys) =>
        string.Join(" UNION ALL ", Enumerable.Range(0, keys).Select(i => $"{Columns} WHERE channel = @channel AND workspace_id = @ws AND key = @k{i}"));

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
