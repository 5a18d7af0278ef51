using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Conversation.LanguageModel;

public static class LanguageModelServices
{
    /// <summary>
    /// Makes <see cref="ModelPlanner"/> the IPlanner when ChatCoach:Llm:Endpoint is set; otherwise
    /// leaves the embedded planner in place. Binds and validates its options (ChatCoach:Llm) either
    /// way, so a half-configured model stops the start. Expects an IConversationMemory (the SQL
    /// store), the kernel, TimeProvider and logging.
    /// </summary>
    public static IServiceCollection AddLanguageModelPlanner(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(sp => new PlannerMetrics(sp.GetService<IMeterFactory>()));
        if (!LlmOptions.IsConfiguredIn(configuration))
        {
            return services;
        }
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            // One client for the process; the turn's deadline, not HttpClient.Timeout, bounds each call.
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
            return new ModelConversation(ModelClient.Create(options, http, sp.GetService<ILoggerFactory>()), options);
        });
        services.Replace(ServiceDescriptor.Singleton<IPlanner, ModelPlanner>());
        return services;
    }
}
