using ChatCoach.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard;
using ChatCoach.Storage;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.TestSupport;

/// <summary>
/// A feature's world wired as the host wires it: the conversation and the scoreboard by their own
/// Add…() calls, then the feature's, over a real database and a fake clock. What a test wants
/// different (a recording outbox, a fake channel) it registers after the feature; the last
/// registration wins. A world built this way cannot forget a flow or an action handler the feature
/// registers.
/// </summary>
public static class FeatureServices
{
    public static ServiceProvider Build(Database database, TimeProvider clock, AdminPolicy admins, Action<IServiceCollection, IConfiguration> features,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddChatCoachStores(database);
        services.AddSingleton(clock);
        services.AddSingleton(admins);
        services.AddSingleton(new ReportingCalendar(5));
        services.AddChatCoachConversation();
        services.AddChatCoachScoreboard();
        features(services, configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
