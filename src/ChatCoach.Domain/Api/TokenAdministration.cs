using System.Globalization;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Api;

/// <summary>
/// Creating, listing and revoking API tokens, whoever asks (the host command today, a DM later):
/// names and scopes are checked here, the secret made here and only its hash stored.
/// </summary>
public sealed class TokenAdministration(IApiTokenStore store, IScoreboardStore scoreboard, TimeProvider clock)
{
    /// <summary>The secret (shown once) or why nothing was made.</summary>
    public sealed record Created(string? Secret, string? Problem);

    public async Task<Created> CreateAsync(WorkspaceId workspace, string? name, IReadOnlyList<string> scopes, UserRef by, CancellationToken cancellationToken)
    {
        if ((ApiTokenSecrets.NameProblem(name) ?? ApiTokenSecrets.ScopeProblem(scopes)) is { } problem)
        {
            return new Created(null, problem);
        }
        // The API reads the workspace's rows: a token for a workspace nobody has talked in yet finds the default board.
        await scoreboard.EnsureWorkspaceAsync(workspace, cancellationToken);
        var secret = ApiTokenSecrets.NewSecret();
        var token = new ApiToken(workspace, name!, [.. scopes.Distinct()], ApiTokenSecrets.Hash(secret), by, clock.GetUtcNow());
        return await store.AddAsync(token, cancellationToken)
            ? new Created(secret, null)
            : new Created(null, $"Workspace {workspace} already has an active API token called {name}; revoke it first or pick another name.");
    }

    public Task<IReadOnlyList<ApiToken>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        store.ListAsync(workspace, cancellationToken);

    public Task<bool> RevokeAsync(WorkspaceId workspace, string name, CancellationToken cancellationToken) =>
        store.RevokeAsync(workspace, name, clock.GetUtcNow(), cancellationToken);

    /// <summary>One line per token, never its secret.</summary>
    public static string Describe(ApiToken token) =>
        $"{token.Name}  {string.Join(",", token.Scopes)}  created by {token.CreatedBy} on {Day(token.CreatedAt)}" +
        (token.RevokedAt is { } revoked ? $"  revoked on {Day(revoked)}" : "  active");

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
