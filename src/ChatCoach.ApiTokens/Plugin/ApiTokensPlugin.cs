using System.ComponentModel;
using ChatCoach.Domain.Api;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;

namespace ChatCoach.ApiTokens.Plugin;

/// <summary>
/// The values API's tokens, administered in chat by a workspace's admins: create (in a direct
/// message only, since the answer carries the secret), list and revoke. The rules are the
/// domain's <see cref="TokenAdministration"/>, the same as the api-token host command's.
/// </summary>
public sealed class ApiTokensPlugin(TokenAdministration tokens)
{
    public const string Name = "api_tokens";

    private const string AdminsOnly = "Only an admin of this workspace can manage its API tokens.";

    [KernelFunction("create_api_token")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    [Description("Makes a named API token for this workspace and shows its secret once, in a direct message only. Admins only.")]
    public async Task<PluginResult> CreateAsync(
        Kernel kernel,
        [Description("The token's name, like 'hubspot-sync': lower-case letters, digits, dots, dashes, underscores.")] string name,
        [Description("'read', or 'write:values' to record values (it can read too).")] string scopes,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        // Checked before anything is made: a secret posted in a channel is a leaked secret.
        if (!scope.Turn.IsDirect)
        {
            return new SecretNeedsDirectMessage(name);
        }
        var granted = scopes.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (granted.Length == 0)
        {
            return new InvalidInput($"Say what {name} may do: \"create an API token called {name} that can write values\", or \"… that can read\".");
        }
        var made = await tokens.CreateAsync(scope.Turn.Workspace, name, granted, scope.Turn.Caller, cancellationToken);
        return made.Secret is { } secret ? new ApiTokenCreated(name, granted, secret) : new InvalidInput(made.Problem!);
    }

    // Listing changes nothing, but it is an admin's tool all the same: token names tell which
    // systems can write to the board. [WriteAccess(Admin)] is how the kernel enforces "admins only".
    [KernelFunction("list_api_tokens")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    [Description("Lists this workspace's API tokens with their scopes, who made them and whether they are revoked; never a secret. Admins only.")]
    public async Task<PluginResult> ListAsync(Kernel kernel, CancellationToken cancellationToken = default) =>
        new ApiTokensListed(await tokens.ListAsync(TurnScope.Of(kernel).Turn.Workspace, cancellationToken));

    [KernelFunction("revoke_api_token")]
    [WriteAccess(WriteAccess.Admin, Refusal = AdminsOnly)]
    [Description("Revokes this workspace's active API token of that name: requests carrying it are refused from then on. Admins only.")]
    public async Task<PluginResult> RevokeAsync(
        Kernel kernel,
        [Description("The token's name.")] string name,
        CancellationToken cancellationToken = default) =>
        await tokens.RevokeAsync(TurnScope.Of(kernel).Turn.Workspace, name, cancellationToken) ? new ApiTokenRevoked(name) : new NoSuchApiToken(name);
}
