namespace ChatCoach.Domain.People;

/// <summary>
/// An integration writing through the values API, as the person a value is recorded by:
/// <c>api:hubspot-sync</c> names the token. Every surface shows it as "via API (hubspot-sync)", so
/// a pushed value stays as traceable as a typed one.
/// </summary>
public static class ApiCaller
{
    public const string Channel = "api";

    public static UserRef For(string tokenName) => new($"{Channel}:{tokenName}");

    /// <summary>"via API (name)" for an integration, null for a person.</summary>
    public static string? Describe(UserRef? user) => user?.Channel == Channel ? $"via API ({user.LocalId})" : null;
}
