namespace ChatCoach.Conversation.Tests.Support;

/// <summary>Each test gets its own stub model, SQLite file and world.</summary>
public abstract class PlannerTest : IAsyncLifetime
{
    protected ModelStub Model { get; private set; } = null!;

    protected TempDatabaseFile File { get; } = new();

    protected PlannerWorld World { get; private set; } = null!;

    protected virtual void Configure(ChatCoach.Conversation.LanguageModel.LlmOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        Model = await ModelStub.StartAsync();
        World = await PlannerWorld.StartAsync(Model, File.Path, Configure);
        await World.SeedAsync();
    }

    public async Task DisposeAsync()
    {
        World.Dispose();
        await Model.DisposeAsync();
        File.Dispose();
    }
}
