using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Host.Configuration;

namespace ChatCoach.Host.Commands;

/// <summary>`console [--user NAME] [--workspace ID] [--db PATH] [--pictures DIR]`: chat with the bot in the terminal.</summary>
public static class ConsoleCommand
{
    public static readonly string[] Options = ["user", "workspace", "db", "pictures"];

    public static async Task<int> RunAsync(CommandLine line, TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([.. line.PassThrough]);
        if (line.Option("db") is { } db)
        {
            builder.Configuration[StorageOptions.ConnectionStringKey] = $"Data Source={db}";
        }
        // The terminal is the conversation: only errors are logged, and to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddChatCoachCore(builder.Configuration);
        builder.Services.AddSingleton(new ConsolePictures(line.Option("pictures") ?? "chatcoach-pictures"));
        builder.Services.AddSingleton<ConsoleChat>();

        using var host = builder.Build();
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        var user = UserRef.Local(line.Option("user") is { Length: > 0 } name ? name.TrimStart('@') : Environment.UserName);
        var workspace = new WorkspaceId(line.Option("workspace") ?? WorkspaceId.Local.Value);
        var turn = new TurnContext(workspace, user, "console", "console", IsDirect: true);
        await host.Services.GetRequiredService<ConsoleChat>().RunAsync(turn, input, output, interactive, cancellationToken);
        return 0;
    }
}
