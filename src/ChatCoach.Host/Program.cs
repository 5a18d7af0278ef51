using ChatCoach.Host.Commands;
using ChatCoach.Host.Nudges;
using Microsoft.Extensions.Options;

// ChatCoach's one executable. Commands: serve (default), console, remind --dry-run. See README.md.
string[] known = [.. ConsoleCommand.Options, .. RemindCommand.Options];
var line = CommandLine.Parse(args, known);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    return line.Command switch
    {
        "serve" => await ServeCommand.RunAsync(line, stop.Token),
        "console" => await ConsoleCommand.RunAsync(line, Console.In, Console.Out, interactive: !Console.IsInputRedirected, stop.Token),
        "remind" => await RemindCommand.RunAsync(line, Console.Out, Console.Error, stop.Token),
        _ => Usage($"Unknown command '{line.Command}'."),
    };
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", e.Failures));
    return 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    return 0;
}

static int Usage(string problem)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine("Usage: ChatCoach.Host [serve] [--urls URL] | console [--user NAME] [--workspace ID] [--db PATH] | remind --dry-run [--at ISO-8601 instant] [--db PATH]");
    return 2;
}
