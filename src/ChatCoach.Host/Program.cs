using ChatCoach.Host.Commands;

// ChatCoach's one executable. Its commands (serve by default, console, remind, export, import,
// teams-package, planner-eval, api-token, inbox) are defined in Commands/HostCommands.cs; `--help` lists them. See README.md.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await HostCommandLine.RunAsync(args, HostConsole.System, stop.Token);
