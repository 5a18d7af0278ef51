namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>Tests that run against a fresh fake Bot Framework platform and a Teams test host each.</summary>
public abstract class TeamsHostTests : IAsyncLifetime
{
    protected FakeBotPlatform Platform { get; private set; } = null!;

    protected TeamsTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await FakeBotPlatform.StartAsync();
        Host = await TeamsTestHost.StartAsync(Platform);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Platform.DisposeAsync();
    }
}
