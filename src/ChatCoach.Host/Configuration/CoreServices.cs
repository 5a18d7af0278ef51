using ChatCoach.Readiness;
using ChatCoach.Readiness.Storage;
using ChatCoach.ApiTokens;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.Installations;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using ChatCoach.Host.Commands;
using ChatCoach.Readiness.Jobs;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Host.Inbox;
using ChatCoach.Host.Secrets;
using ChatCoach.Conversation;
using ChatCoach.Scoreboard.Understanding;
using ChatCoach.Conversation.LanguageModel;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Nudges.Plugin;
using ChatCoach.Readiness.Plugin;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Scoreboard.WorkspaceData;
using ChatCoach.Storage;
using ChatCoach.Storage.Migrations;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using ChatCoach.Scoreboard;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Host.Configuration;

/// <summary>Wires what every command shares: options, storage, plugins, the kernel, the planner, the coach.</summary>
public static class CoreServices
{
    public static IServiceCollection AddChatCoachCore(this IServiceCollection services, IConfiguration configuration)
    {
        AddOptions(services, configuration);
        services.AddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<ClockOptions>>().Value.ParsedStartAt is { } startAt ? new ShiftedClock(startAt) : TimeProvider.System);
        AddStorage(services);
        services.AddChatCoachSecrets(configuration);
        AddBrain(services, configuration);
        // Each feature's flow says its own rank (IConversationFlow.Rank): the order here does not matter.
        services.AddChatCoachReadiness(configuration);
        services.AddChatCoachNudges(configuration);
        services.AddChatCoachApiTokens();
        return services;
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o => o.ConnectionString = configuration[StorageOptions.ConnectionStringKey])
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<ClockOptions>().Bind(configuration.GetSection(ClockOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClockOptions>, ClockOptionsValidator>();
        services.AddOptions<ScoreboardOptions>().Bind(configuration.GetSection(ScoreboardOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoreboardOptions>, ScoreboardOptionsValidator>();
        services.AddOptions<AdminOptions>()
            .Configure(o =>
            {
                o.Admins.AddRange(configuration.GetSection(AdminOptions.Section).Get<string[]>() ?? []);
                o.Workspaces.AddRange(configuration.GetSection(AdminOptions.WorkspacesSection).Get<WorkspaceAdmins[]>() ?? []);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
    }

    private static void AddStorage(IServiceCollection services)
    {
        services.AddChatCoachStores(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.ParsedProvider == StorageProvider.Postgres
                ? new PostgresDatabase(options.ConnectionString!)
                : new SqliteDatabase(options.EffectiveConnectionString);
        });
        // Read once, after the validator has checked the file: seeding a new workspace never meets a bad definition.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScoreboardOptions>>().Value.Template());
    }

    private static void AddBrain(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new ReportingCalendar(sp.GetRequiredService<IOptions<ScoreboardOptions>>().Value.DueDay));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AdminOptions>>().Value.Policy());
        services.AddChatCoachConversation();
        services.AddChatCoachScoreboard();
        services.AddSingleton(sp => new StandingPictures(sp.GetRequiredService<IOptions<ScoreboardOptions>>().Value.PanelWithStanding));
        // With ChatCoach:Llm:Endpoint set, the model planner replaces it (and falls back to it).
        services.AddLanguageModelPlanner(configuration);
        // Channels answer through the inbox: a row's turn runs once, its retries re-send the kept reply.
        services.AddSingleton<ICoach>(sp => new OncePerDeliveryCoach(sp.GetRequiredService<Coach>(), sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// Checks every option now (so a bad key stops the process before anything runs), builds the
    /// kernel (which refuses a function without an access declaration) and brings the database
    /// schema up to date.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<Kernel>();
        // Trained in the background from the start, so the first message does not wait for it; how long it
        // took is logged (a start-up cost issue 29 bounds at 5 s), then the training's garbage is handed
        // back to the operating system at once (IdleMemory).
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ChatCoach.Understanding");
        _ = Task.Run(() => IdleMemory.AfterStartUp(() =>
            logger.LogInformation("Intent classifier trained in {Seconds:0.0} s", IntentClassifier.Shared.TrainingTime.TotalSeconds)), CancellationToken.None);
        await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
    }
}
