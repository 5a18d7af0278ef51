using ChatCoach.Readiness;
using ChatCoach.Readiness.Storage;
using ChatCoach.Domain.Delivery;
using ChatCoach.Conversation.Delivery;
using ChatCoach.Readiness.Jobs;
using ChatCoach.Channels.Slack;
using ChatCoach.Channels.Teams;
using ChatCoach.Domain.Inbound;
using ChatCoach.Host.Api;
using ChatCoach.Host.Configuration;
using ChatCoach.Host.Health;
using ChatCoach.Host.Inbox;
using ChatCoach.Nudges;
using ChatCoach.Nudges.Jobs;
using ChatCoach.Host.Commands;
using ChatCoach.Host.Observability;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Commands;

/// <summary>`serve` (the default): the HTTP server for Slack and Teams, the values API, and health endpoints.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var app = Build([.. line.PassThrough]);
        await CoreServices.PrepareAsync(app.Services, cancellationToken);
        await app.RunAsync();
        return 0;
    }

    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <param name="overrides">Replaces services after the defaults (tests swap in slow or failing collaborators).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(ConfigurationReadOnce.Args(args));
        // No platform sends a chat event anywhere near 1 MiB; anything larger is refused (413) unread.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        // SIGTERM: stop accepting, let in-flight work finish or return to the inbox, then exit 0.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        // The per-request lines carry query strings, and Slack's OAuth redirect carries a one-time code and state there.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Services.AddChatCoachCore(builder.Configuration);
        builder.Services.AddChatCoachTelemetry(builder.Configuration);
        builder.Services.AddSingleton(sp => new InboxMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        builder.Services.AddSingleton<DurableInbox>();
        builder.Services.AddSingleton<IInbox>(sp => sp.GetRequiredService<DurableInbox>());
        builder.Services.AddOptions<InboxOptions>().Bind(builder.Configuration.GetSection(InboxOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InboxOptions>, InboxOptionsValidator>();
        // The same window for what the bot queues on its own (the outbox) as for answers.
        builder.Services.AddSingleton(sp => new SendRetryWindow(TimeSpan.FromHours(sp.GetRequiredService<IOptions<InboxOptions>>().Value.RetryHours)));
        builder.Services.AddHostedService<InboxProcessor>();
        builder.Services.AddNudgeScheduler();
        builder.Services.AddReadinessScheduler();
        builder.Services.AddHostedService<OutboxProcessor>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<ParkedInboxHealthCheck>(ParkedInboxHealthCheck.Name, tags: ["ready"]);
        builder.Services.AddSlackChannel(builder.Configuration);
        builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment);
        builder.Services.AddValuesApi(builder.Configuration);
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        // Liveness says only that the process answers; readiness that storage and every channel work.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = ReadinessResponse.WriteAsync });
        app.MapSlackChannel();
        app.MapTeamsChannel();
        app.MapValuesApi();
        return app;
    }
}
