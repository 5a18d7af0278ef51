namespace ChatCoach.Domain.Api;

/// <summary>
/// Each token's requests counted per fixed window, shared by every host: one budget per token
/// however many hosts answer it.
/// </summary>
public interface IApiRateWindows
{
    /// <summary>Counts one request of the token in the window starting at <paramref name="windowStart"/>; returns the window's count with it.</summary>
    Task<int> CountAsync(string secretHash, DateTimeOffset windowStart, CancellationToken cancellationToken);

    /// <summary>Deletes windows that started before <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
