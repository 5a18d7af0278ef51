using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Api;

/// <summary>Where API tokens are kept, hashed. A name is unique among a workspace's active tokens.</summary>
public interface IApiTokenStore
{
    /// <summary>Stores the token; false when the workspace already has an active token of that name.</summary>
    Task<bool> AddAsync(ApiToken token, CancellationToken cancellationToken);

    /// <summary>The active token whose secret hashes to <paramref name="secretHash"/>, or null.</summary>
    Task<ApiToken?> FindActiveAsync(string secretHash, CancellationToken cancellationToken);

    /// <summary>Every token of the workspace, revoked ones too, oldest first.</summary>
    Task<IReadOnlyList<ApiToken>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Revokes the active token of that name; false when there is none.</summary>
    Task<bool> RevokeAsync(WorkspaceId workspace, string name, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>The answer a write gave, kept under its Idempotency-Key so a retry gets it again.</summary>
public sealed record IdempotentAnswer(string RequestHash, int Status, string? Body);

/// <summary>
/// Idempotency keys of API writes, per token. A key is claimed before the write and answered after
/// it, so of two retries racing only one writes.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for this request; null when it was free, or held by a request that never
    /// answered and must have died (the caller writes, then <see cref="AnswerAsync"/>, in one unit of
    /// work), otherwise what is already there (Status 0 while the first is still running).
    /// </summary>
    Task<IdempotentAnswer?> ClaimAsync(WorkspaceId workspace, string tokenName, string key, string requestHash, DateTimeOffset now, CancellationToken cancellationToken);

    Task AnswerAsync(WorkspaceId workspace, string tokenName, string key, int status, string body, CancellationToken cancellationToken);

    /// <summary>Frees a claimed key whose write failed unexpectedly, so a retry may try again.</summary>
    Task ReleaseAsync(WorkspaceId workspace, string tokenName, string key, CancellationToken cancellationToken);

    /// <summary>Deletes every key claimed before <paramref name="olderThan"/>, answered or not; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
