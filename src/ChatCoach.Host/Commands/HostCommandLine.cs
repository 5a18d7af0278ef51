using System.CommandLine;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Commands;

/// <summary>
/// The executable's entry: `help` and a bare option line are read the way people type them, a line
/// that cannot be understood prints the usage and exits 2, and only `serve` (or no command) starts the server.
/// </summary>
public static class HostCommandLine
{
    /// <summary>Exit code for a command line that could not be understood.</summary>
    public const int Misused = 2;

    private static readonly string[] RootOnly = ["--help", "-h", "-?", "--version"];

    public static async Task<int> RunAsync(string[] args, HostConsole console, CancellationToken cancellationToken)
    {
        var settings = args.Where(Settings.IsSetting).ToList();
        var root = HostCommands.Define(settings, console);
        var result = root.Parse(Normalise([.. args.Where(a => !Settings.IsSetting(a))]));
        // The server handles SIGTERM itself (graceful shutdown); the parser must not race it. Exceptions are ours to word.
        var io = new InvocationConfiguration { Output = console.Out, Error = console.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }
            await console.Error.WriteLineAsync();
            var command = result.CommandResult.Command;
            root.Parse(command == root ? ["--help"] : [command.Name, "--help"]).Invoke(new InvocationConfiguration { Output = console.Error });
            return Misused;
        }
        try
        {
            return await result.InvokeAsync(io, cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", e.Failures));
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Start-up could not reach what it needs (the database, a port, the data folder): say what, without a stack trace.
            await console.Error.WriteLineAsync($"ChatCoach could not start: {e.Message}");
            return 1;
        }
    }

    /// <summary>`help [COMMAND]` is `[COMMAND] --help`; no command word means serve.</summary>
    public static string[] Normalise(string[] args) => args switch
    {
        ["help"] => ["--help"],
        ["help", var command, ..] => [command, "--help"],
        [] => ["serve"],
        [var first, ..] when first.StartsWith('-') && !RootOnly.Contains(first) => ["serve", .. args],
        _ => args,
    };
}
