using ChatCoach.Domain.Conversation;
using ChatCoach.Host.Configuration;
using ChatCoach.Conversation.LanguageModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ChatCoach.Conversation;
using ChatCoach.Scoreboard;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>The host's own wiring (CoreServices), as `serve` and `console` use it.</summary>
public sealed class HostWiringTests : IDisposable
{
    private readonly TempSqlite _file = new();

    [Fact]
    public async Task Without_an_endpoint_the_embedded_planner_answers()
    {
        await using var services = await StartAsync([]);

        Assert.IsType<EmbeddedPlanner>(services.GetRequiredService<IPlanner>());
    }

    [Fact]
    public async Task With_an_endpoint_and_model_the_model_planner_answers_and_memory_is_stored()
    {
        await using var services = await StartAsync(new()
        {
            ["ChatCoach:Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["ChatCoach:Llm:Model"] = "llama3.1",
            ["ChatCoach:Llm:AlwaysUseModel"] = "true",
            ["ChatCoach:Llm:TimeoutSeconds"] = "7",
        });

        Assert.IsType<ModelPlanner>(services.GetRequiredService<IPlanner>());
        Assert.NotNull(services.GetRequiredService<IConversationMemory>());
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        Assert.Equal((true, 7, 5), (options.AlwaysUseModel, options.TimeoutSeconds, options.MaxRounds));
    }

    [Fact]
    public async Task An_endpoint_without_a_model_stops_the_start_with_the_key_named()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new() { ["ChatCoach:Llm:Endpoint"] = "http://localhost:11434/v1" }));

        Assert.Contains("ChatCoach:Llm:Model is required when ChatCoach:Llm:Endpoint is set.", error.Failures);
    }

    private async Task<ServiceProvider> StartAsync(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:ChatCoach"] = $"Data Source={_file.Path}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddChatCoachCore(configuration).BuildServiceProvider(validateScopes: true);
        try
        {
            await CoreServices.PrepareAsync(services, CancellationToken.None);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _file.Dispose();
}
