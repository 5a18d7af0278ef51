using ChatCoach.Domain.Api;
using ChatCoach.Domain.People;
using ChatCoach.Host.Configuration;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Host.Commands;

/// <summary>
/// `api-token create --workspace ID --name NAME --scope SCOPE`, `api-token list --workspace ID`,
/// `api-token revoke --workspace ID --name NAME` (or `revoke NAME`): the values API's tokens. The
/// secret is printed once, alone on stdout, so a script can capture it; everything else goes to stderr.
/// </summary>
public static class ApiTokenCommand
{
    public const string Usage = "api-token create --workspace ID --name NAME --scope read|write:values | api-token list [--workspace ID] | api-token revoke [--workspace ID] --name NAME";

    /// <summary>The one entry point: the verb and its options come from <paramref name="line"/>.</summary>
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var words = line.PassThrough.Where(a => !a.StartsWith('-')).ToList();
        var verb = words.FirstOrDefault();
        if (verb is not ("create" or "list" or "revoke"))
        {
            await error.WriteLineAsync($"api-token needs create, list or revoke. Usage: {Usage}");
            return 2;
        }
        var request = new TokenRequest(new WorkspaceId(line.Option("workspace") ?? WorkspaceId.Local.Value),
            line.Option("name") ?? words.Skip(1).FirstOrDefault(), line.Option("scope"));
        using var host = CommandHost.Build(line);
        await CoreServices.PrepareAsync(host.Services, cancellationToken);
        var tokens = host.Services.GetRequiredService<TokenAdministration>();
        var admin = UserRef.Local(Environment.UserName is { Length: > 0 } user && !user.Any(char.IsWhiteSpace) ? user : "operator");
        return verb switch
        {
            "create" => await CreateAsync(tokens, request, admin, output, error, cancellationToken),
            "list" => await ListAsync(tokens, request.Workspace, output, cancellationToken),
            _ => await RevokeAsync(tokens, request, error, cancellationToken),
        };
    }

    private static async Task<int> CreateAsync(TokenAdministration tokens, TokenRequest request, UserRef admin, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var scopes = (request.Scope ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var made = await tokens.CreateAsync(request.Workspace, request.Name, scopes, admin, cancellationToken);
        if (made.Problem is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }
        await error.WriteLineAsync($"Created API token {request.Name} ({string.Join(", ", scopes)}) for workspace {request.Workspace}. " +
            "Keep the secret below somewhere safe: it is shown this once and cannot be read back.");
        await output.WriteLineAsync(made.Secret);
        return 0;
    }

    private static async Task<int> ListAsync(TokenAdministration tokens, WorkspaceId workspace, TextWriter output, CancellationToken cancellationToken)
    {
        var all = await tokens.ListAsync(workspace, cancellationToken);
        if (all.Count == 0)
        {
            await output.WriteLineAsync($"Workspace {workspace} has no API tokens.");
        }
        foreach (var token in all)
        {
            await output.WriteLineAsync(TokenAdministration.Describe(token));
        }
        return 0;
    }

    private static async Task<int> RevokeAsync(TokenAdministration tokens, TokenRequest request, TextWriter error, CancellationToken cancellationToken)
    {
        if (request.Name is not { } name)
        {
            await error.WriteLineAsync($"Say which token to revoke: {Usage}");
            return 2;
        }
        if (!await tokens.RevokeAsync(request.Workspace, name, cancellationToken))
        {
            await error.WriteLineAsync($"Workspace {request.Workspace} has no active API token called {name}.");
            return 1;
        }
        await error.WriteLineAsync($"Revoked API token {name} of workspace {request.Workspace}: requests carrying it are now refused.");
        return 0;
    }

    private sealed record TokenRequest(WorkspaceId Workspace, string? Name, string? Scope);
}
