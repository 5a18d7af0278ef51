using ChatCoach.Domain.Inbound;
using ChatCoach.Host.Configuration;
using ChatCoach.Host.Health;
using ChatCoach.Host.Inbox;
using ChatCoach.Host.Nudges;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatCoach.Host.Commands;

/// <summary>`serve` (the default): the HTTP server for Slack and Teams, with health endpoints.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var app = Build([.. line.PassThrough]);
        await CoreServices.PrepareAsync(app.Services, cancellationToken);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddChatCoachCore(builder.Configuration);
        builder.Services.AddSingleton<DurableInbox>();
        builder.Services.AddSingleton<IInbox>(sp => sp.GetRequiredService<DurableInbox>());
        builder.Services.AddHostedService<InboxProcessor>();
        builder.Services.AddNudgeScheduler();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);

        var app = builder.Build();
        // Liveness says only that the process answers; readiness that storage and every channel work.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
