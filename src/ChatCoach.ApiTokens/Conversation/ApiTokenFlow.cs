using ChatCoach.ApiTokens.Plugin;
using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;
using Microsoft.SemanticKernel;

namespace ChatCoach.ApiTokens.Conversation;

/// <summary>
/// Answers the token commands through the turn's kernel, so the admin check is the write-access
/// filter's like every other admin action. Anything else is left to the other flows and the planner.
/// </summary>
public sealed class ApiTokenFlow : IConversationFlow
{
    /// <summary>Its phrases ("create an API token …") are its own; last among the flows, before the planner.</summary>
    public int Rank => 300;

    public async Task<Reply?> TryContinueAsync(Kernel kernel, string text, CancellationToken cancellationToken) => ApiTokenPhrases.Read(text) switch
    {
        CreateApiToken c => await CallAsync(kernel, "create_api_token", new() { ["name"] = c.Name, ["scopes"] = string.Join(",", c.Scopes) }, cancellationToken),
        RevokeApiToken r => await CallAsync(kernel, "revoke_api_token", new() { ["name"] = r.Name }, cancellationToken),
        ListApiTokens => await CallAsync(kernel, "list_api_tokens", new(), cancellationToken),
        _ => null,
    };

    private static async Task<Reply> CallAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(ApiTokensPlugin.Name, function, arguments, cancellationToken);
        return ResultPresenters.ForPeople(result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{function} returned nothing."));
    }
}
