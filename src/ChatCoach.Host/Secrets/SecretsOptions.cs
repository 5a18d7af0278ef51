using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Secrets;

/// <summary>"ChatCoach:DataProtection": where the key ring that encrypts stored tokens lives.</summary>
public sealed class SecretsOptions
{
    public const string Section = "ChatCoach:DataProtection";

    /// <summary>A directory for the key ring instead of the database (every host must see the same one).</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>Encrypts the key ring itself; kept outside the database (an environment variable, a secret store).</summary>
    public string? KeyRingSecret { get; set; }

    public const int MinimumSecretLength = 32;
}

/// <param name="tokensStored">True when Slack installs will store tokens (a client id is configured).</param>
public sealed class SecretsOptionsValidator(bool tokensStored) : IValidateOptions<SecretsOptions>
{
    public ValidateOptionsResult Validate(string? name, SecretsOptions options)
    {
        var errors = new List<string>();
        if (options.KeyDirectory is { } directory && (directory.Trim().Length == 0 || !Path.IsPathFullyQualified(directory)))
        {
            errors.Add($"{SecretsOptions.Section}:KeyDirectory must be an absolute directory path (got '{directory}').");
        }
        if (options.KeyRingSecret is { } secret && secret.Length < SecretsOptions.MinimumSecretLength)
        {
            errors.Add($"{SecretsOptions.Section}:KeyRingSecret must be at least {SecretsOptions.MinimumSecretLength} characters.");
        }
        if (tokensStored && string.IsNullOrWhiteSpace(options.KeyDirectory) && string.IsNullOrWhiteSpace(options.KeyRingSecret))
        {
            errors.Add($"{SecretsOptions.Section}:KeyRingSecret is required when ChatCoach:Slack:ClientId is set and the key ring is kept in the database "
                + $"(or name a {SecretsOptions.Section}:KeyDirectory outside it).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
