using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Nudges;

/// <summary>
/// A person's own time zone, as their chat platform knows it (Slack's users.info tz, Teams' local
/// timezone on activities). Channels replace the default, which knows nobody's.
/// </summary>
public interface IPersonTimeZones
{
    /// <returns>Null when unknown: the caller then uses ChatCoach:Reminders:TimeZone.</returns>
    Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken);
}

/// <summary>Knows no one's zone, so everyone is nudged in the configured default zone.</summary>
public sealed class UnknownPersonTimeZones : IPersonTimeZones
{
    public Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken) =>
        Task.FromResult<TimeZoneInfo?>(null);
}
