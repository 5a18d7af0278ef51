using ChatCoach.Host.Configuration;
using ChatCoach.Scoreboard.Board;

namespace ChatCoach.Host.Commands;

/// <summary>
/// The host a terminal command runs in: the core services, storage from --db, else configuration,
/// else chatcoach.db in the data folder; only errors logged (to stderr).
/// </summary>
public static class CommandHost
{
    /// <param name="operand">A command's own argument (import's FILE), kept out of the configuration's command line.</param>
    /// <param name="services">What the command adds to the core services (the console its chat loop).</param>
    public static IHost Build(CommandLine line, string? operand = null, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(ConfigurationReadOnce.Args(line.PassThrough.Where(a => a != operand)));
        var data = DataFolder.Resolve(line.Option(DataFolder.OptionName), builder.Configuration);
        if (line.Option("db") is { } db)
        {
            builder.Configuration[StorageOptions.ConnectionStringKey] = $"Data Source={db}";
        }
        else if (string.IsNullOrEmpty(builder.Configuration[StorageOptions.ConnectionStringKey]) && IsSqlite(builder.Configuration))
        {
            Directory.CreateDirectory(data.Path);
            builder.Configuration[StorageOptions.ConnectionStringKey] = $"Data Source={data.Database}";
        }
        builder.Services.AddSingleton(data);
        builder.Services.AddSingleton(new ExportFolder(data.Exports));
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddChatCoachCore(builder.Configuration);
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    private static bool IsSqlite(IConfiguration configuration) =>
        configuration[$"{StorageOptions.Section}:Provider"] is not { Length: > 0 } provider
        || provider.Equals(nameof(ChatCoach.Storage.StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase);
}
