using ChatCoach.Domain.People;
using ChatCoach.Host.Configuration;
using ChatCoach.Scoreboard.Board;

namespace ChatCoach.Host.Commands;

/// <summary>
/// `export [--workspace ID] [--output FILE]` and `import FILE [--dry-run] [--user NAME]`: the
/// scoreboard's monthly values as CSV (see README, "Make the scoreboard yours").
/// </summary>
public static class TransferCommands
{
    public static async Task<int> ExportAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(line);
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        var workspace = new WorkspaceId(line.Option("workspace") ?? WorkspaceId.Local.Value);
        var csv = await host.Services.GetRequiredService<ScoreboardTransfer>().ExportAsync(workspace, cancellationToken);
        if (line.Option("output") is not { } file)
        {
            await output.WriteAsync(csv);
            return 0;
        }
        await File.WriteAllTextAsync(file, csv, cancellationToken);
        await error.WriteLineAsync($"Wrote {csv.Count(c => c == '\n') - 1} revisions of workspace {workspace} to {file}.");
        return 0;
    }

    public static async Task<int> ImportAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (line.PassThrough.FirstOrDefault(a => !a.StartsWith('-')) is not { } file)
        {
            await error.WriteLineAsync("import needs a file: import FILE [--dry-run] [--user NAME].");
            return 2;
        }
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"There is no file '{file}'.");
            return 2;
        }
        using var host = CommandHost.Build(line, operand: file);
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        var importer = UserRef.Local(line.Option("user") is { Length: > 0 } name ? name.TrimStart('@') : Environment.UserName);
        var transfer = host.Services.GetRequiredService<ScoreboardTransfer>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var plan = await transfer.PlanAsync(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file), importer, now, cancellationToken);
        if (plan.Problems.Count > 0)
        {
            await error.WriteLineAsync($"Nothing was imported: {file} has {plan.Problems.Count} bad {(plan.Problems.Count == 1 ? "row" : "rows")}.");
            foreach (var problem in plan.Problems)
            {
                await error.WriteLineAsync("  " + problem);
            }
            return 1;
        }
        var summary = $"{plan.Count} values from {file}, {plan.AlreadyThere} already stored and skipped";
        if (line.Flag("dry-run"))
        {
            await output.WriteLineAsync($"Dry run: would import {summary}. Nothing was stored.");
            return 0;
        }
        await transfer.StoreAsync(plan, cancellationToken);
        await output.WriteLineAsync($"Imported {summary}.");
        return 0;
    }
}
