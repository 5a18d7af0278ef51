using ChatCoach.Storage;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>"ChatCoach:Storage": which database, plus ConnectionStrings:ChatCoach for where.</summary>
public sealed class StorageOptions
{
    public const string Section = "ChatCoach:Storage";
    public const string ConnectionStringKey = "ConnectionStrings:ChatCoach";
    public const string DefaultSqlite = "Data Source=chatcoach.db";

    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>Bound from ConnectionStrings:ChatCoach, not from the section.</summary>
    public string? ConnectionString { get; set; }

    public StorageProvider ParsedProvider => Enum.Parse<StorageProvider>(Provider, ignoreCase: true);

    public string EffectiveConnectionString => ConnectionString is { Length: > 0 } cs ? cs : DefaultSqlite;
}

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.TryParse<StorageProvider>(options.Provider, ignoreCase: true, out var provider))
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.Section}:Provider must be Sqlite or Postgres (got '{options.Provider}').");
        }
        if (provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.ConnectionStringKey} is required when {StorageOptions.Section}:Provider is Postgres.");
        }
        return ConnectionStrings.Problem(provider, options.EffectiveConnectionString) is { } problem
            ? ValidateOptionsResult.Fail($"{StorageOptions.ConnectionStringKey} {problem}.")
            : ValidateOptionsResult.Success;
    }
}
