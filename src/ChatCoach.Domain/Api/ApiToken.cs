using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Api;

/// <summary>What a token may do. A write token can also read: a sync that pushes usually checks first.</summary>
public static class ApiScopes
{
    public const string Read = "read";
    public const string WriteValues = "write:values";

    public static IReadOnlyList<string> All { get; } = [Read, WriteValues];

    public static bool Allows(IReadOnlyList<string> granted, string wanted) =>
        granted.Contains(wanted) || (wanted == Read && granted.Contains(WriteValues));
}

/// <summary>
/// A named API token of one workspace. Only the SHA-256 of its secret is kept: the secret is shown
/// once, when it is made, and a stolen database cannot be replayed against the API.
/// </summary>
public sealed record ApiToken(
    WorkspaceId Workspace,
    string Name,
    IReadOnlyList<string> Scopes,
    string SecretHash,
    UserRef CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null)
{
    public bool IsActive => RevokedAt is null;

    /// <summary>Who a value this token records is recorded by.</summary>
    public UserRef Caller => ApiCaller.For(Name);
}

/// <summary>Making secrets and checking names: the rules the command, the chat and the API share.</summary>
public static partial class ApiTokenSecrets
{
    /// <summary>The prefix makes a leaked token recognisable to secret scanners and to people.</summary>
    public const string Prefix = "cc_";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public static string NewSecret() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Null when the name is usable; otherwise why not, in words for the person choosing it.</summary>
    public static string? NameProblem(string? name) =>
        name is not null && NamePattern().IsMatch(name)
            ? null
            : $"'{name}' can't name a token: use up to 63 lower-case letters, digits, dots, dashes or underscores, like hubspot-sync.";

    /// <summary>Null when every scope is known; otherwise which one is not.</summary>
    public static string? ScopeProblem(IReadOnlyList<string> scopes) =>
        scopes.Count == 0 ? $"A token needs a scope: {string.Join(" or ", ApiScopes.All)}."
        : scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s)) is { } unknown
            ? $"'{unknown}' is not a scope; use {string.Join(" or ", ApiScopes.All)}."
            : null;
}
