using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Tests.Nudges;

public sealed class PersonTimeZonesTests
{
    private static readonly WorkspaceId Workspace = new("slack:T1");

    private sealed class Source(string channel, string zone) : IPersonTimeZoneSource
    {
        public string Channel => channel;

        public Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken) =>
            Task.FromResult<TimeZoneInfo?>(TimeZoneInfo.FindSystemTimeZoneById(zone));
    }

    [Fact]
    public async Task Each_person_is_asked_of_their_own_platform_and_the_console_has_none()
    {
        var zones = new PersonTimeZones([new Source("slack", "America/New_York"), new Source("teams", "Europe/Berlin")]);

        Assert.Equal("America/New_York", (await zones.FindAsync(Workspace, new UserRef("slack:U1"), default))?.Id);
        Assert.Equal("Europe/Berlin", (await zones.FindAsync(Workspace, new UserRef("teams:aad-1"), default))?.Id);
        Assert.Null(await zones.FindAsync(Workspace, UserRef.Local("dana"), default));
        Assert.Null(await new PersonTimeZones([]).FindAsync(Workspace, new UserRef("slack:U1"), default));
    }
}
