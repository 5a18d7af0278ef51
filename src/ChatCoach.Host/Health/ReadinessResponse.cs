using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatCoach.Host.Health;

/// <summary>
/// The /readyz body: the overall status and each check's status and data (the inbox's parked count),
/// as JSON. Descriptions and exceptions stay out: the endpoint is unauthenticated, and they can name
/// the bot's workspace or a database path. The status code is the health checks' usual one.
/// </summary>
public static class ReadinessResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
