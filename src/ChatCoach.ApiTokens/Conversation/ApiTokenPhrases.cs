using System.Text.RegularExpressions;
using ChatCoach.Domain.Api;

namespace ChatCoach.ApiTokens.Conversation;

public abstract record ApiTokenPhrase;

/// <param name="Scopes">Empty when the message did not say what the token may do.</param>
public sealed record CreateApiToken(string Name, IReadOnlyList<string> Scopes) : ApiTokenPhrase;

public sealed record ListApiTokens : ApiTokenPhrase;

public sealed record RevokeApiToken(string Name) : ApiTokenPhrase;

/// <summary>
/// Reads the token commands: "create an API token called hubspot-sync that can write values",
/// "list API tokens", "revoke the API token hubspot-sync". Every phrase says "API token", so none
/// can be mistaken for another feature's. Pure, and kept apart from the general reader on purpose.
/// </summary>
public static partial class ApiTokenPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Token = @"api[- ]?token";
    private const string Name = @"[""'“‘]?(?<name>[^\s""'”’,;]+)[""'”’]?";

    [GeneratedRegex(@"^(please )?(create|make|generate|issue|add|set up)( me| us)?( an?)?( new)? " + Token + " (called|named) " + Name + "(?<rest>([ ,;:—-].*)?)$", Options)]
    private static partial Regex Create();

    [GeneratedRegex(@"^(list|show)( me)?( the| all( the)?| our)? " + Token + @"s$|^(what|which) " + Token + "s (are there|do we have|exist)$", Options)]
    private static partial Regex List();

    [GeneratedRegex(@"^(revoke|delete|remove|disable)( the)? " + Token + "( called| named)? " + Name + "$", Options)]
    private static partial Regex Revoke();

    [GeneratedRegex(@"\b(write|push|record|send)\b", Options)]
    private static partial Regex Writes();

    [GeneratedRegex(@"\bread(s|ing|-only)?\b", Options)]
    private static partial Regex Reads();

    public static ApiTokenPhrase? Read(string message)
    {
        var text = string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '!', '.').Trim();
        if (Create().Match(text) is { Success: true } create)
        {
            return new CreateApiToken(create.Groups["name"].Value, ScopesIn(create.Groups["rest"].Value));
        }
        if (Revoke().Match(text) is { Success: true } revoke)
        {
            return new RevokeApiToken(revoke.Groups["name"].Value);
        }
        return List().IsMatch(text) ? new ListApiTokens() : null;
    }

    /// <summary>"that can write values" grants write:values (which reads too); "read-only" grants read.</summary>
    private static IReadOnlyList<string> ScopesIn(string rest) =>
        Writes().IsMatch(rest) ? [ApiScopes.WriteValues]
        : Reads().IsMatch(rest) ? [ApiScopes.Read]
        : [];
}
