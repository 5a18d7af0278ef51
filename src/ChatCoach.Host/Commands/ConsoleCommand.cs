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
        // The terminal is the conversation: only errors are logged, and to stderr.
        using var host = CommandHost.Build(line, services: s => s
            .AddSingleton(new ConsolePictures(line.Option("pictures") ?? "chatcoach-pictures"))
            .AddSingleton<ConsoleChat>());
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        var user = UserRef.Local(line.Option("user") is { Length: > 0 } name ? name.TrimStart('@') : Environment.UserName);
        var workspace = new WorkspaceId(line.Option("workspace") ?? WorkspaceId.Local.Value);
        var turn = new TurnContext(workspace, user, "console", "console", IsDirect: true);
        await host.Services.GetRequiredService<ConsoleChat>().RunAsync(turn, input, output, interactive, cancellationToken);
        return 0;
    }
}
