using ChatCoach.Domain.Api;

namespace ChatCoach.Host.Api;

/// <summary>
/// Lets a request through only with an active bearer token holding the scope: none or unknown →
/// 401, over the token's budget across hosts (<see cref="TokenBudget"/>) → 429, the wrong scope → 403.
/// The token then names the workspace every read and write is scoped to.
/// </summary>
public sealed class RequireScope(string scope) : IEndpointFilter
{
    private const string ItemKey = "chatcoach.api-token";

    /// <summary>The scope the route needs; the OpenAPI document reads it from the route's metadata.</summary>
    public string Scope => scope;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (BearerSecret(http) is not { } secret
            || await http.RequestServices.GetRequiredService<IApiTokenStore>().FindActiveAsync(ApiTokenSecrets.Hash(secret), http.RequestAborted) is not { } token)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Unauthorized();
        }
        if (await http.RequestServices.GetRequiredService<TokenBudget>().RetryAfterAsync(token, http.RequestAborted) is { } wait)
        {
            return ApiProblems.TooManyRequests(http, wait);
        }
        if (!ApiScopes.Allows(token.Scopes, scope))
        {
            return ApiProblems.Forbidden(token.Name, scope);
        }
        http.Items[ItemKey] = token;
        return await next(context);
    }

    /// <summary>Guards the route and declares its scope (as metadata, for the OpenAPI document).</summary>
    public static RouteHandlerBuilder On(RouteHandlerBuilder route, string scope)
    {
        var filter = new RequireScope(scope);
        return route.AddEndpointFilter(filter).WithMetadata(filter);
    }

    /// <summary>The token the filter admitted.</summary>
    public static ApiToken Token(HttpContext http) =>
        http.Items[ItemKey] as ApiToken ?? throw new InvalidOperationException("A values API endpoint ran without RequireScope.");

    /// <summary>The secret of "Authorization: Bearer …", or null.</summary>
    public static string? BearerSecret(HttpContext http) =>
        http.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && header[7..].Trim() is { Length: > 0 } secret ? secret : null;
}
