using ChatCoach.Conversation.Delivery;
using ChatCoach.Domain.Api;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Api;

/// <summary>Wires the values API into the server: options, the per-token rate limit, problem details, the OpenAPI document.</summary>
public static class ApiServices
{
    public const string RateLimitPolicy = "api-token";

    public static IServiceCollection AddValuesApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddSingleton<ApiValueWriter>();
        services.AddSingleton<IHourlyPruning, IdempotencyKeyPruning>();
        services.AddSingleton<TokenBudget>();
        services.AddSingleton<IHourlyPruning>(sp => sp.GetRequiredService<TokenBudget>());
        services.AddProblemDetails();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        // Only the API's routes are described; the chat platforms' webhooks are theirs to document.
        services.AddOpenApi("v1", openApi =>
        {
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer(BearerSecurityScheme.AddSchemeAsync);
            openApi.AddOperationTransformer(BearerSecurityScheme.AddRequirementAsync);
        });
        return services;
    }

    public static WebApplication MapValuesApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        ValuesEndpoints.MapValuesApi(app);
        return app;
    }

    /// <summary>
    /// One budget per token: the partition is the hash of the presented secret (no database read
    /// before the limit), or the caller's address when there is none.
    /// </summary>
    private static string PartitionOf(HttpContext http) =>
        RequireScope.BearerSecret(http) is { } secret
            ? "token:" + ApiTokenSecrets.Hash(secret)
            : "address:" + http.Connection.RemoteIpAddress;

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        await ApiProblems.TooManyRequests(context.HttpContext, wait).ExecuteAsync(context.HttpContext);
    }
}
