using ChatCoach.Host.Configuration;

namespace ChatCoach.Host.Commands;

/// <summary>The host a one-shot command runs in: the core services, storage from --db or configuration, only errors logged (to stderr).</summary>
public static class CommandHost
{
    /// <param name="operand">A command's own argument (import's FILE), kept out of the configuration's command line.</param>
    /// <param name="services">What the command adds to the core services (the console its chat loop).</param>
    public static IHost Build(CommandLine line, string? operand = null, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(ConfigurationReadOnce.Args(line.PassThrough.Where(a => a != operand)));
        if (line.Option("db") is { } db)
        {
            builder.Configuration[StorageOptions.ConnectionStringKey] = $"Data Source={db}";
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddChatCoachCore(builder.Configuration);
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
