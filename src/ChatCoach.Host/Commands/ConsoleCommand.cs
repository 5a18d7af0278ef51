using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Host.Configuration;

namespace ChatCoach.Host.Commands;

/// <summary>`console [--user NAME] [--workspace ID] [--db PATH] [--data-dir DIR] [--pictures DIR]`: chat with the bot in the terminal.</summary>
public static class ConsoleCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextReader input, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        // The terminal is the conversation: only errors are logged, and to stderr.
        using var host = CommandHost.Build(line, services: s => s
            .AddSingleton(sp => new ConsolePictures(line.Option("pictures") ?? sp.GetRequiredService<DataFolder>().Pictures))
            .AddSingleton<ConsoleChat>());
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        // Said on stderr, so that a piped session's transcript is only the conversation.
        await error.WriteLineAsync($"Your data (database, pictures, exports) is in {host.Services.GetRequiredService<DataFolder>().Path}; --data-dir moves it.");
        var user = UserRef.Local(line.Option("user") is { Length: > 0 } name ? name.TrimStart('@') : Environment.UserName);
        var workspace = new WorkspaceId(line.Option("workspace") ?? WorkspaceId.Local.Value);
        var turn = new TurnContext(workspace, user, ChatChannels.Console, "console", IsDirect: true);
        await host.Services.GetRequiredService<ConsoleChat>().RunAsync(turn, input, output, interactive, cancellationToken);
        return 0;
    }
}
