using System.Data.Common;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.People;

namespace ChatCoach.Storage.Sql;

/// <summary>API tokens by the hash of their secret; the secret itself never reaches the database.</summary>
public sealed class SqlApiTokenStore(Database database) : IApiTokenStore
{
    private const string Columns = "workspace_id, name, scopes, secret_hash, created_by, created_at, revoked_at";

    public async Task<bool> AddAsync(ApiToken token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync($"INSERT INTO api_tokens ({Columns}) VALUES (@workspace, @name, @scopes, @hash, @by, @at, NULL)",
                cancellationToken, ("@workspace", token.Workspace.Value), ("@name", token.Name), ("@scopes", string.Join(' ', token.Scopes)),
                ("@hash", token.SecretHash), ("@by", token.CreatedBy.Id), ("@at", SqlCommands.Timestamp(token.CreatedAt)));
            return true;
        }
        catch (DbException e) when (database.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public async Task<ApiToken?> FindActiveAsync(string secretHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForReadAsync(cancellationToken);
        var found = await connection.QueryAsync($"SELECT {Columns} FROM api_tokens WHERE secret_hash = @hash AND revoked_at IS NULL",
            Read, cancellationToken, ("@hash", secretHash));
        return found.SingleOrDefault();
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForReadAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {Columns} FROM api_tokens WHERE workspace_id = @workspace ORDER BY created_at, name",
            Read, cancellationToken, ("@workspace", workspace.Value));
    }

    public async Task<bool> RevokeAsync(WorkspaceId workspace, string name, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE api_tokens SET revoked_at = @at WHERE workspace_id = @workspace AND name = @name AND revoked_at IS NULL",
            cancellationToken, ("@at", SqlCommands.Timestamp(at)), ("@workspace", workspace.Value), ("@name", name)) > 0;
    }

    private static ApiToken Read(DbDataReader r) =>
        new(new WorkspaceId(r.GetString(0)), r.GetString(1), r.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries), r.GetString(3),
            new UserRef(r.GetString(4)), r.ReadTimestamp(5), r.IsDBNull(6) ? null : r.ReadTimestamp(6));
}
