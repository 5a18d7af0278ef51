using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChatCoach.Host.Api;

/// <summary>
/// Describes the token in the OpenAPI document: one HTTP bearer scheme, and on each operation the
/// scope it needs (OpenAPI 3.1 lets a bearer requirement name roles) with the 401 and 403 it may
/// answer. The scope is read from the <see cref="RequireScope"/> filter the route carries as
/// metadata, so the document cannot drift from what the filter enforces.
/// </summary>
public static class BearerSecurityScheme
{
    public const string Name = "Bearer";

    public static Task AddSchemeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cc_…",
            Description = "An API token of one workspace, made by an admin (`api-token create`, or in a DM with the bot). " +
                $"Scopes: '{Domain.Api.ApiScopes.Read}' reads; '{Domain.Api.ApiScopes.WriteValues}' records values and reads.",
        };
        return Task.CompletedTask;
    }

    public static Task AddRequirementAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequireScope>().FirstOrDefault() is not { } required)
        {
            return Task.CompletedTask;
        }
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, context.Document)] = [required.Scope] });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token, or one that is unknown or revoked." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The token lacks the '{required.Scope}' scope." });
        operation.Responses.TryAdd("429", new OpenApiResponse { Description = "The token's requests per minute are used up; Retry-After says when to try again." });
        return Task.CompletedTask;
    }
}
