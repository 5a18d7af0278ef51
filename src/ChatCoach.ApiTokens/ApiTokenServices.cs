using ChatCoach.ApiTokens.Conversation;
using ChatCoach.ApiTokens.Plugin;
using ChatCoach.Domain.Api;
using ChatCoach.Conversation;
using ChatCoach.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.ApiTokens;

/// <summary>The API token feature's wiring: the host's one call into it.</summary>
public static class ApiTokenServices
{
    /// <summary>The administration rules, the kernel plugin and the flow that reads the token commands.</summary>
    public static IServiceCollection AddChatCoachApiTokens(this IServiceCollection services)
    {
        services.AddSingleton<TokenAdministration>();
        services.AddSingleton<ApiTokensPlugin>();
        services.AddSingleton(sp => new FeaturePlugin(ApiTokensPlugin.Name, sp.GetRequiredService<ApiTokensPlugin>()));
        services.AddSingleton<IConversationFlow, ApiTokenFlow>();
        return services;
    }
}
