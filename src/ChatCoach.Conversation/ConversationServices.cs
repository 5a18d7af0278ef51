using ChatCoach.Conversation.Delivery;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Installations;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation;

/// <summary>
/// The conversation's wiring, shared by the host and the feature tests: the kernel over every
/// feature's plugins with its filters, and the coach that runs a turn over the features' flows and
/// action handlers; the one outbox. A planner (<see cref="IPlanner"/>), the stores and the clock come from elsewhere.
/// </summary>
public static class ConversationServices
{
    public static IServiceCollection AddChatCoachConversation(this IServiceCollection services)
    {
        services.AddSingleton<FunctionAuditFilter>();
        services.AddSingleton<WriteAccessFilter>();
        services.AddSingleton(sp =>
        {
            var kernel = CoachKernel.Create(sp.GetServices<FeaturePlugin>(), sp.GetRequiredService<FunctionAuditFilter>(), sp.GetRequiredService<WriteAccessFilter>());
            // Innermost, after access: an allowed write commits with its receipt (decision 0021).
            kernel.FunctionInvocationFilters.Add(new WriteReceipts());
            return kernel;
        });
        services.AddSingleton<Coach>();
        // One outbox for every outgoing message (decision 0032); its store comes with the others.
        services.AddSingleton<DurableOutbox>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<DurableOutbox>());
        services.AddSingleton<WorkspaceConnections>();
        return services;
    }
}
