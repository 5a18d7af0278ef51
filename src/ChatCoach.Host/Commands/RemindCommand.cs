using ChatCoach.Nudges.Jobs;
using System.Globalization;
using ChatCoach.Domain.Delivery;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Host.Commands;
using ChatCoach.Host.Configuration;
using ChatCoach.Nudges.Conversation;
using ChatCoach.Nudges.Plugin;

namespace ChatCoach.Host.Commands;

/// <summary>
/// `remind --dry-run [--at ISO-8601 instant]`: prints who would be nudged and escalated at that
/// instant (default: now), for what, in which time zone. Sends nothing and writes nothing; the
/// server's scheduler is what sends.
/// </summary>
public static class RemindCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!line.Flag("dry-run"))
        {
            await error.WriteLineAsync("remind needs --dry-run: nudges are sent by the server (serve); this command only shows what it would send.");
            return 2;
        }
        DateTimeOffset? at = null;
        if (line.Option("at") is { } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            {
                await error.WriteLineAsync($"--at must be an ISO-8601 instant such as 2026-11-23T09:00:00Z (got '{text}').");
                return 2;
            }
            at = instant;
        }
        using var host = CommandHost.Build(line);
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        await WriteAsync(host.Services, at ?? host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), output, cancellationToken);
        return 0;
    }

    public static async Task WriteAsync(IServiceProvider services, DateTimeOffset at, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<NudgeSettings>();
        var loader = services.GetRequiredService<NudgeFactsLoader>();
        var rules = services.GetRequiredService<NudgeRules>();
        var reachable = services.GetServices<IProactiveChannel>().Select(c => c.Channel).ToHashSet(StringComparer.Ordinal);
        await output.WriteLineAsync($"Dry run at {NudgeRules.OccasionText(at)}: schedule \"{settings.Schedule}\", default time zone {settings.DefaultZone.Id}, " +
            $"escalate after {NudgeMessages.Count(settings.EscalateAfter, "unanswered nudge")}. Nothing is sent.");
        var workspaces = await services.GetRequiredService<INudgeStore>().WorkspacesAsync(cancellationToken);
        if (workspaces.Count == 0)
        {
            await output.WriteLineAsync("No workspaces yet: nobody has talked to the bot.");
        }
        foreach (var workspace in workspaces)
        {
            var facts = await loader.LoadAsync(workspace, at, cancellationToken);
            DryRunReport.Write(output, rules.Plan(facts, at), facts, settings.DefaultZone, reachable);
        }
    }
}
