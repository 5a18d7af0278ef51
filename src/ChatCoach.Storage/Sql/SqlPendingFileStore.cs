using System.Data.Common;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// Offered files: consumed by one conditional DELETE … RETURNING, so of two answers to the same
/// offer (two hosts, a double click) exactly one gets the bytes.
/// </summary>
public sealed class SqlPendingFileStore(Database database) : IPendingFileStore
{
    public async Task AddAsync(PendingFile file, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // Offers nobody answered are dropped as new ones are made; the table holds only live ones.
        await connection.ExecuteAsync("DELETE FROM pending_files WHERE expires_at <= @now", cancellationToken,
            ("@now", SqlCommands.Timestamp(file.CreatedAt)));
        await connection.ExecuteAsync(
            """
            INSERT INTO pending_files (id, workspace_id, conversation_id, requested_by, file_name, content_type, content, unsent, created_at, expires_at)
            VALUES (@id, @ws, @conversation, @by, @name, @type, @content, @unsent, @created, @expires)
            """,
            cancellationToken, ("@id", file.Id), ("@ws", file.Workspace.Value), ("@conversation", file.ConversationId), ("@by", file.RequestedBy.Id),
            ("@name", file.FileName), ("@type", file.ContentType), ("@content", Convert.ToBase64String(file.Bytes)), ("@unsent", file.Unsent),
            ("@created", SqlCommands.Timestamp(file.CreatedAt)), ("@expires", SqlCommands.Timestamp(file.ExpiresAt)));
    }

    public async Task<PendingFile?> TryConsumeAsync(PendingFileClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        var taken = await connection.QueryAsync(
            """
            DELETE FROM pending_files
            WHERE id = @id AND workspace_id = @ws AND conversation_id = @conversation AND requested_by = @by AND expires_at > @now
            RETURNING id, workspace_id, conversation_id, requested_by, file_name, content_type, content, unsent, created_at, expires_at
            """,
            Read, cancellationToken, ("@id", claim.Id), ("@ws", claim.Workspace.Value), ("@conversation", claim.ConversationId),
            ("@by", claim.By.Id), ("@now", SqlCommands.Timestamp(now)));
        return taken.SingleOrDefault();
    }

    private static PendingFile Read(DbDataReader r) => new(
        r.GetString(0), new WorkspaceId(r.GetString(1)), r.GetString(2), new UserRef(r.GetString(3)), r.GetString(4), r.GetString(5),
        Convert.FromBase64String(r.GetString(6)), r.GetString(7), r.ReadTimestamp(8), r.ReadTimestamp(9));
}
