namespace ChatCoach.Domain.Installations;

/// <summary>
/// The OAuth <c>state</c> values handed out by an install page: each usable once, before it
/// expires, and only by the browser it was given to (CSRF protection for the redirect). Only
/// hashes are stored, so a database reader cannot replay one.
/// </summary>
public interface IInstallStateStore
{
    Task AddAsync(string stateHash, string browserHash, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the state used; true only for the first use, before expiry, by the same browser.</summary>
    Task<bool> TryConsumeAsync(string stateHash, string browserHash, DateTimeOffset now, CancellationToken cancellationToken);
}
