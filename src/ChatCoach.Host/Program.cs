using ChatCoach.Host.Commands;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using Microsoft.Extensions.Options;

// ChatCoach's one executable. Commands: serve (default), console, remind --dry-run, teams-package, planner-eval, export, import, api-token, inbox. See README.md.
string[] known = [.. ConsoleCommand.Options, .. RemindCommand.Options, .. TeamsPackageCommand.Options, .. PlannerEvalCommand.Options, .. ApiTokenCommand.Options, .. InboxCommands.Options];
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
        "teams-package" => TeamsPackageCommand.Run(line, new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().AddCommandLine([.. line.PassThrough]).Build(), Console.Out, Console.Error),
        "remind" => await RemindCommand.RunAsync(line, Console.Out, Console.Error, stop.Token),
        "planner-eval" => await PlannerEvalCommand.RunAsync(line, Console.Out, Console.Error, stop.Token),
        "export" => await TransferCommands.ExportAsync(line, Console.Out, Console.Error, stop.Token),
        "import" => await TransferCommands.ImportAsync(line, Console.Out, Console.Error, stop.Token),
        "api-token" => await ApiTokenCommand.RunAsync(line, Console.Out, Console.Error, stop.Token),
        "inbox" => await InboxCommands.RunAsync(line, Console.Out, Console.Error, stop.Token),
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
catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
{
    // Start-up could not reach what it needs (the database, a port): say what, without a stack trace.
    await Console.Error.WriteLineAsync($"ChatCoach could not start: {e.Message}");
    return 1;
}

static int Usage(string problem)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine("Usage: ChatCoach.Host [serve] [--urls URL] | console [--user NAME] [--workspace ID] [--db PATH] [--pictures DIR] | remind --dry-run [--at ISO-8601 instant] [--db PATH] | teams-package [--app-id ID] [--output PATH] | planner-eval [--questions FILE] [--replies] | export [--workspace ID] [--output FILE] | import FILE [--dry-run] [--user NAME] | " + ApiTokenCommand.Usage + " | inbox parked [--db PATH] | inbox redrive (--all | --id SOURCE:DELIVERY) [--db PATH]");
    return 2;
}
