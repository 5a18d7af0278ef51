using ChatCoach.Domain.Api;
using ChatCoach.Plugins;

namespace ChatCoach.ApiTokens.Plugin;

/// <summary>A token was made; <paramref name="Secret"/> is shown to the person once and to no model.</summary>
public sealed record ApiTokenCreated(string Name, IReadOnlyList<string> Scopes, string Secret) : PluginResult;

/// <summary>Asked for a token where others can read the answer: nothing was made.</summary>
public sealed record SecretNeedsDirectMessage(string Name) : PluginResult;

/// <summary>The workspace's tokens, revoked ones too; never a secret.</summary>
public sealed record ApiTokensListed(IReadOnlyList<ApiToken> Tokens) : PluginResult;

public sealed record ApiTokenRevoked(string Name) : PluginResult;

/// <summary>No active token of that name to revoke.</summary>
public sealed record NoSuchApiToken(string Name) : PluginResult;
