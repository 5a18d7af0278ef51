using ChatCoach.Domain.Nudges;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Planner;
using ChatCoach.Planner.Nudges;
using ChatCoach.Plugins.Nudges;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Nudges;

/// <summary>The host's two calls into the nudge loop.</summary>
public static class NudgeServices
{
    /// <summary>
    /// Options, store, rules, the nudges plugin and the answer-in-place flow: what every command
    /// needs (the console answers nudges' phrases too; the dry-run command reads the plan).
    /// </summary>
    public static IServiceCollection AddChatCoachNudges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RemindersOptions>>().Value.ToSettings());
        services.AddSingleton(sp => new NudgeRules(sp.GetRequiredService<NudgeSettings>(), sp.GetRequiredService<ReportingCalendar>()));
        services.AddSingleton<INudgeStore, SqlNudgeStore>();
        // Each channel that knows its people's zones registers a source; the rest get the default zone.
        services.AddSingleton<IPersonTimeZones, PersonTimeZones>();
        services.AddSingleton<NudgeFactsLoader>();
        services.AddSingleton<NudgesPlugin>();
        services.AddSingleton<IConversationFlow, NudgeFlow>();
        services.AddSingleton<NudgeDispatcher>();
        return services;
    }

    /// <summary>The scheduler that sends nudges, escalations and the digest: only the server runs it.</summary>
    public static IServiceCollection AddNudgeScheduler(this IServiceCollection services)
    {
        services.AddHostedService<NudgeScheduler>();
        return services;
    }
}
