using ChatCoach.Domain.Inbound;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatCoach.Host.Observability;

/// <summary>
/// OpenTelemetry export of the ChatCoach meter, the host's traces and its logs — only when the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing is collected or sent. The OTLP
/// exporter reads the other standard variables (headers, protocol, OTEL_SERVICE_NAME) itself.
/// </summary>
public static class TelemetryServices
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Spans from the inbound request through the inbox, planner and kernel functions to outbound calls.</summary>
    public static readonly string[] TraceSources = [InboundTracing.SourceName, "Microsoft.AspNetCore", "System.Net.Http", "Microsoft.SemanticKernel*"];

    public static bool AddChatCoachTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return false;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ChatCoach"))
            .WithTracing(tracing => tracing.AddSource(TraceSources))
            .WithMetrics(metrics => metrics.AddMeter(InboundTracing.SourceName))
            .WithLogging()
            .UseOtlpExporter();
        return true;
    }
}
