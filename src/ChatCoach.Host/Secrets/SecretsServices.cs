using ChatCoach.Domain.Installations;
using ChatCoach.Storage.Sql;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Secrets;

/// <summary>
/// ASP.NET Core Data Protection for the tokens ChatCoach stores (ADR 0014): one application name for
/// every host, the key ring in the database unless a directory is named. Keys roll over every 90
/// days by Data Protection's default; retired keys stay in the ring, so old tokens remain readable.
/// </summary>
public static class SecretsServices
{
    public const string ApplicationName = "ChatCoach";

    public static IServiceCollection AddChatCoachSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecretsOptions>().Bind(configuration.GetSection(SecretsOptions.Section)).ValidateOnStart();
        var tokensStored = !string.IsNullOrWhiteSpace(configuration["ChatCoach:Slack:ClientId"]);
        services.AddSingleton<IValidateOptions<SecretsOptions>>(new SecretsOptionsValidator(tokensStored));
        services.AddSingleton<IKeyRingStore, SqlKeyRingStore>();
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        var options = configuration.GetSection(SecretsOptions.Section).Get<SecretsOptions>() ?? new SecretsOptions();
        if (options.KeyRingSecret is { Length: >= SecretsOptions.MinimumSecretLength } secret)
        {
            services.AddOptions<KeyManagementOptions>().Configure(o => o.XmlEncryptor = new KeyRingEncryptor(KeyRingEncryptor.DeriveKey(secret)));
        }
        var directory = options.KeyDirectory;
        if (!string.IsNullOrWhiteSpace(directory) && Path.IsPathFullyQualified(directory))
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(directory));
        }
        else
        {
            services.AddOptions<KeyManagementOptions>().Configure<IKeyRingStore>((options, store) => options.XmlRepository = new KeyRingInDatabase(store));
        }
        return services;
    }
}
