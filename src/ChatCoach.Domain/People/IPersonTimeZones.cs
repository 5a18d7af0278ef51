using ChatCoach.Domain.People;

namespace ChatCoach.Domain.People;

/// <summary>
/// A person's own time zone, as their chat platform knows it (Slack's users.info tz, Teams' client
/// time zone on their messages).
/// </summary>
public interface IPersonTimeZones
{
    /// <returns>Null when unknown: the caller then uses ChatCoach:Reminders:TimeZone.</returns>
    Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken);
}

/// <summary>One chat platform's knowledge of its people's zones; each channel that knows them registers one.</summary>
public interface IPersonTimeZoneSource : IPersonTimeZones
{
    /// <summary>The user-ref prefix this source answers for: "slack", "teams".</summary>
    string Channel { get; }
}

/// <summary>Asks the source of the person's own platform; with none (the console, an unconfigured channel), the zone is unknown.</summary>
public sealed class PersonTimeZones(IEnumerable<IPersonTimeZoneSource> sources) : IPersonTimeZones
{
    private readonly Dictionary<string, IPersonTimeZoneSource> _byChannel = sources.ToDictionary(s => s.Channel, StringComparer.Ordinal);

    public Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken) =>
        _byChannel.TryGetValue(person.Channel, out var source) ? source.FindAsync(workspace, person, cancellationToken) : Task.FromResult<TimeZoneInfo?>(null);
}
