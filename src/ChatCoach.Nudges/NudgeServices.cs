using ChatCoach.Domain.Delivery;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Nudges.Conversation;
using ChatCoach.Nudges.Plugin;
using ChatCoach.Nudges.Jobs;
using ChatCoach.Nudges.Storage;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.Options;

namespace ChatCoach.Nudges;

/// <summary>The nudge feature's wiring: the host's two calls into it.</summary>
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
        services.AddSingleton(sp => new FeaturePlugin(NudgesPlugin.Name, sp.GetRequiredService<NudgesPlugin>()));
        services.AddSingleton<IConversationFlow, NudgeFlow>();
        services.AddSingleton<IActionHandler, NudgeActions>();
        services.AddSingleton<NudgeDispatcher>();
        // The outbox sends what the round hands over and tells the ledger how it went.
        services.AddSingleton<IOutboxFollower, NudgeOutbox>();
        return services;
    }

    /// <summary>The scheduler that sends nudges, escalations and the digest: only the server runs it.</summary>
    public static IServiceCollection AddNudgeScheduler(this IServiceCollection services)
    {
        services.AddHostedService<NudgeScheduler>();
        return services;
    }
}
