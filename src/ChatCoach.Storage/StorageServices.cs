using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.Installations;
using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Migrations;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Storage;

/// <summary>
/// The stores every feature builds on, over one database. The host and the feature tests both call
/// this, so a test's world holds the same stores as production; only how the database is opened
/// differs (the host reads it from options, a test hands it a temporary file or server).
/// A feature's own store (the readiness interview's) is registered by the feature.
/// </summary>
public static class StorageServices
{
    /// <summary>Over a database the container opens (and closes with itself): the host's.</summary>
    public static IServiceCollection AddChatCoachStores(this IServiceCollection services, Func<IServiceProvider, Database> database) =>
        services.AddSingleton(database).AddStores();

    /// <summary>Over a database opened by the caller, who also closes it: a test's, which may outlive one world.</summary>
    public static IServiceCollection AddChatCoachStores(this IServiceCollection services, Database database) =>
        services.AddSingleton(database).AddStores();

    private static IServiceCollection AddStores(this IServiceCollection services)
    {
        services.AddSingleton<IUnitOfWork>(sp => sp.GetRequiredService<Database>());
        services.AddSingleton<Migrator>();
        // Seeds a new workspace from the ScoreboardTemplate when one is registered, from the default board otherwise.
        services.AddSingleton<IScoreboardStore, SqlScoreboardStore>();
        services.AddSingleton<IBoardStore, SqlBoardStore>();
        services.AddSingleton<ILaggingStore, SqlLaggingStore>();
        services.AddSingleton<IScoreboardArchive, SqlScoreboardArchive>();
        services.AddSingleton<IInboxStore, SqlInboxStore>();
        services.AddSingleton<IConversationAddressStore, SqlConversationAddressStore>();
        services.AddSingleton<IConversationMemory, SqlConversationMemoryStore>();
        services.AddSingleton<IConversationStateStore, SqlConversationStateStore>();
        services.AddSingleton<IOutboxStore, SqlOutboxStore>();
        services.AddSingleton<IInstallationStore, SqlInstallationStore>();
        services.AddSingleton<IInstallStateStore, SqlInstallStateStore>();
        services.AddSingleton<IPendingFileStore, SqlPendingFileStore>();
        services.AddSingleton<IWorkspaceDataEraser, SqlWorkspaceDataEraser>();
        services.AddSingleton<IApiTokenStore, SqlApiTokenStore>();
        services.AddSingleton<IIdempotencyStore, SqlIdempotencyStore>();
        services.AddSingleton<IApiRateWindows, SqlApiRateWindows>();
        return services;
    }
}
