using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.Channels.Slack.Install;
using ChatCoach.Channels.Slack.SocketMode;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.Installations;
using ChatCoach.Domain.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack;

/// <summary>How the host plugs Slack in: services, and the one Request URL.</summary>
public static class SlackChannel
{
    public const string EventsPath = "/slack/events";

    /// <returns>False (and nothing registered) when Slack is not configured.</returns>
    public static bool AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.Section);
        if (!section.Get<SlackOptions>()?.Enabled ?? true)
        {
            return false;
        }
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        // One long-lived client each: the Web API client keeps per-channel pacing and the auth.test answer.
        services.AddHttpClient(nameof(SlackWebApi), http => http.Timeout = TimeSpan.FromSeconds(15));
        AddTokens(services, section.Get<SlackOptions>()!);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SlackWebApi>(sp, Client(sp, nameof(SlackWebApi))));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SlackResponder>(sp, Client(sp, nameof(SlackResponder))));
        // Uploads get their own client: a chart's bytes may take longer than a JSON call.
        services.AddHttpClient(nameof(SlackFileUpload), http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SlackFileUpload>(sp, Client(sp, nameof(SlackFileUpload))));
        services.AddSingleton<SlackAnswerMarks>();
        services.AddSingleton<SlackPictures>();
        services.AddSingleton<SlackEventsEndpoint>();
        services.AddSingleton<IInboundHandler, SlackInboundHandler>();
        services.AddSingleton<IProactiveChannel, SlackProactiveChannel>();
        services.AddSingleton<IPersonTimeZoneSource, SlackPersonTimeZones>();
        services.AddHealthChecks().AddCheck<SlackReadinessCheck>("slack", tags: ["ready"]);
        if (section.Get<SlackOptions>()!.SocketMode)
        {
            services.AddHostedService<SlackSocketMode>();
        }
        return true;
    }

    /// <summary>One configured token, or (with a client id) the token each workspace's install stored.</summary>
    private static void AddTokens(IServiceCollection services, SlackOptions options)
    {
        services.AddDataProtection();
        services.AddSingleton<SlackTokenProtector>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SlackOAuthApi>(sp, Client(sp, nameof(SlackWebApi))));
        services.AddSingleton<SlackInstaller>();
        services.AddSingleton<IWorkspaceConnection, SlackWorkspaceConnection>();
        if (options.Distributed)
        {
            services.AddSingleton<ISlackTokenSource, InstalledSlackTokens>();
            services.AddSingleton<SlackInstallEndpoints>();
        }
        else
        {
            services.AddSingleton<ISlackTokenSource>(sp => new ConfiguredSlackToken(sp.GetRequiredService<IOptions<SlackOptions>>().Value.BotToken));
        }
    }

    private static HttpClient Client(IServiceProvider services, string name) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackEventsEndpoint>() is not null)
        {
            endpoints.MapPost(EventsPath, (HttpContext context, SlackEventsEndpoint endpoint) => endpoint.HandleAsync(context));
        }
        if (endpoints.ServiceProvider.GetService<SlackInstallEndpoints>() is not null)
        {
            endpoints.MapGet(SlackInstallEndpoints.InstallPath, (HttpContext context, SlackInstallEndpoints install) => install.InstallAsync(context));
            endpoints.MapGet(SlackInstallEndpoints.RedirectPath, (HttpContext context, SlackInstallEndpoints install) => install.RedirectAsync(context));
        }
        return endpoints;
    }
}
