using ChatCoach.Domain.People;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>"ChatCoach:Admins": a list of user references (slack:U…, teams:&lt;aadObjectId&gt;, local:name).</summary>
public sealed class AdminOptions
{
    public const string Section = "ChatCoach:Admins";

    public List<string> Admins { get; } = [];
}

public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    private static readonly string[] Channels = ["slack", "teams", "local"];

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var errors = options.Admins
            .Select((admin, index) => (admin, index))
            .Where(a => !UserRef.TryParse(a.admin, out var user) || !Channels.Contains(user!.Channel))
            .Select(a => $"{AdminOptions.Section}:{a.index} must look like slack:<user id>, teams:<aadObjectId> or local:<name> (got '{a.admin}').")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
