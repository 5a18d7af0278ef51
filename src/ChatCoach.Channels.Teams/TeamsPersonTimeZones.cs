using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Teams;

/// <summary>
/// A Teams user's own time zone: the one their client sent on their latest message, kept with their
/// stored conversation reference. Someone who never wrote to the bot has none yet (the default applies).
/// </summary>
internal sealed class TeamsPersonTimeZones(ConversationReferences references) : IPersonTimeZoneSource
{
    public string Channel => AddressKeys.Channel;

    public async Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(workspace.Value, AddressKeys.User(person.LocalId), cancellationToken);
        return reference?.TimeZone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info) ? info : null;
    }
}
