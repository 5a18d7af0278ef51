using ChatCoach.Channels.Teams.Auth;
using ChatCoach.Channels.Teams.Files;
using ChatCoach.Channels.Teams.Inbound;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Teams;

/// <summary>The two calls the host makes to plug Teams in.</summary>
public static class TeamsChannelExtensions
{
    /// <summary>
    /// Registers the Teams channel when it is configured (ChatCoach:Teams:AppId, or the local
    /// Playground mode). Needs ICoach, IInbox, IConversationAddressStore, IPendingFileStore and
    /// TimeProvider from the host.
    /// </summary>
    /// <returns>False, with nothing registered, when Teams is off.</returns>
    public static bool AddTeamsChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(TeamsOptions.Section);
        var probe = section.Get<TeamsOptions>() ?? new TeamsOptions();
        if (!probe.HasAppId && !probe.AllowUnauthenticatedLocal)
        {
            return false;
        }
        services.AddOptions<TeamsOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>>(new TeamsOptionsValidator(environment));
        AddHttpClients(services);

        services.AddSingleton<SigningKeySource>();
        services.AddSingleton<BotConnectorTokenValidator>();
        services.AddSingleton<LocalPlaygroundGate>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<FileUpload>();

        // Transient: these use the host's ICoach, IInbox and address store, whatever their lifetimes.
        services.AddTransient<ConversationReferences>();
        services.AddSingleton<RecentReferences>();
        services.AddTransient<TeamsTurns>();
        services.AddTransient<MentionRewriter>();
        services.AddTransient<InvokeResponder>();
        services.AddTransient<FileOffers>();
        services.AddTransient<FileConsentAnswers>();
        services.AddTransient<MessagesEndpoint>();
        services.AddTransient<IInboundHandler, TeamsInboundHandler>();
        services.AddTransient<IProactiveChannel, TeamsProactiveChannel>();
        services.AddTransient<IPersonTimeZoneSource, TeamsPersonTimeZones>();

        services.AddHostedService<PlaygroundModeWarning>();
        services.AddHealthChecks().AddCheck<TeamsHealthCheck>(TeamsHealthCheck.Name, tags: ["ready"]);
        return true;
    }

    /// <summary>Maps POST /api/messages, the Bot Framework messaging endpoint.</summary>
    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints)
    {
        // Mapped only when Teams is configured: otherwise the path does not exist (404), rather than
        // failing to resolve the endpoint's services.
        if (endpoints.ServiceProvider.GetService<MessagesEndpoint>() is not null)
        {
            endpoints.MapPost("/api/messages", (HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http));
        }
        return endpoints;
    }

    private static void AddHttpClients(IServiceCollection services)
    {
        services.AddHttpClient(SigningKeySource.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(BotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        // An export is small; a minute covers a slow OneDrive without holding the inbox much longer.
        services.AddHttpClient(FileUpload.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
    }
}
