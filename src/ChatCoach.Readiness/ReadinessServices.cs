using ChatCoach.Plugins;
using ChatCoach.Readiness.Model;
using ChatCoach.Conversation;
using ChatCoach.Readiness.Conversation;
using ChatCoach.Readiness.Plugin;
using ChatCoach.Readiness.Jobs;
using ChatCoach.Readiness.Storage;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.Options;

namespace ChatCoach.Readiness;

/// <summary>The host's two calls into the readiness survey.</summary>
public static class ReadinessServices
{
    /// <summary>Options, question bank, store, plugin and the interview flow: every command that talks needs them.</summary>
    public static IServiceCollection AddChatCoachReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReadinessOptions>().Bind(configuration.GetSection(ReadinessOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReadinessOptions>, ReadinessOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReadinessOptions>>().Value.ToSettings());
        services.AddSingleton(sp => QuestionBankReader.Parse(File.ReadAllText(sp.GetRequiredService<IOptions<ReadinessOptions>>().Value.QuestionBankPath)));
        services.AddSingleton(sp => new PositionRules(sp.GetRequiredService<IOptions<ReadinessOptions>>().Value.HighThreshold));
        services.AddSingleton(sp => new ReadinessDisclosure(sp.GetRequiredService<QuestionBank>(), sp.GetRequiredService<PositionRules>(),
            sp.GetRequiredService<IOptions<ReadinessOptions>>().Value.MinGroupSize));
        services.AddSingleton<IReadinessStore, SqlReadinessStore>();
        services.AddSingleton<ReadinessPlugin>();
        services.AddSingleton(sp => new FeaturePlugin(ReadinessPlugin.Name, sp.GetRequiredService<ReadinessPlugin>()));
        // Ranked ahead of the nudges' flow (ReadinessFlow.Rank): during an interview a bare "4" is an answer, not a value.
        services.AddSingleton<IConversationFlow, ReadinessFlow>();
        services.AddSingleton<IActionHandler, ReadinessActions>();
        return services;
    }

    /// <summary>The deadline and reminder loop: only the server runs it.</summary>
    public static IServiceCollection AddReadinessScheduler(this IServiceCollection services)
    {
        services.AddSingleton<SurveyLifecycle>();
        services.AddHostedService<ReadinessScheduler>();
        return services;
    }
}
