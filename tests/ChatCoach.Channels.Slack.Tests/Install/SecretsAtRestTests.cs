using System.Security.Cryptography;
using ChatCoach.Host.Secrets;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.Tests.Install;

/// <summary>Tokens at rest: what a thief holding only the database file would find.</summary>
public sealed class SecretsAtRestTests
{
    private const string Purpose = "ChatCoach.Slack.BotToken.v1";
    private static readonly FakeWorkspace Alpha = new("TALPHA", "Alpha", "UBOTA", "xoxb-alpha-at-rest-4711");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_raw_tables_hold_neither_the_token_nor_a_usable_key(string provider)
    {
        await using var bot = await DistributedSlackBot.StartAsync(provider);
        await bot.InstallAsync(Alpha);

        var tokenColumn = await RawAsync(bot.Db.Database, "SELECT protected_token FROM installations");
        var keyRing = await RawAsync(bot.Db.Database, "SELECT xml FROM data_protection_keys");

        Assert.DoesNotContain(Alpha.Token, tokenColumn[0], StringComparison.Ordinal);
        Assert.NotEmpty(keyRing);
        Assert.All(keyRing, xml => Assert.Contains("chatcoachEncryptedKey", xml, StringComparison.Ordinal));
        Assert.All(keyRing, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));

        // The database alone (no key-ring secret) cannot decrypt; with the secret, the same bytes give the token back.
        using var thief = Protection(bot.Db.Reopen(), secret: null);
        Assert.ThrowsAny<CryptographicException>(() => Protector(thief, "TALPHA").Unprotect(tokenColumn[0]));
        using var host = Protection(bot.Db.Reopen(), DistributedSlackBot.KeyRingSecret);
        Assert.Equal(Alpha.Token, Protector(host, "TALPHA").Unprotect(tokenColumn[0]));
        Assert.ThrowsAny<CryptographicException>(() => Protector(host, "TOTHER").Unprotect(tokenColumn[0]));
    }

    [Fact]
    public async Task After_a_key_rotation_new_tokens_use_the_new_key_and_old_tokens_stay_readable()
    {
        await using var db = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        using var services = Protection(db.Database, DistributedSlackBot.KeyRingSecret);
        var old = Protector(services, "TALPHA").Protect("xoxb-before-rotation");

        var keys = services.GetRequiredService<IKeyManager>();
        keys.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        using var restarted = Protection(db.Reopen(), DistributedSlackBot.KeyRingSecret);
        var fresh = Protector(restarted, "TALPHA").Protect("xoxb-after-rotation");

        Assert.Equal(2, keys.GetAllKeys().Count);
        Assert.NotEqual(KeyIdOf(old), KeyIdOf(fresh));
        Assert.Equal("xoxb-before-rotation", Protector(restarted, "TALPHA").Unprotect(old));
        Assert.Equal("xoxb-after-rotation", Protector(restarted, "TALPHA").Unprotect(fresh));
    }

    /// <summary>Data Protection wired as the host wires it (application name, key ring in the database, optional secret).</summary>
    private static ServiceProvider Protection(Database database, string? secret)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IOptions<SecretsOptions>>(Options.Create(new SecretsOptions { KeyRingSecret = secret }));
        services.AddDataProtection().SetApplicationName(SecretsServices.ApplicationName);
        services.Configure<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new KeyRingInDatabase(new SqlKeyRingStore(database));
            if (secret is not null)
            {
                o.XmlEncryptor = new KeyRingEncryptor(KeyRingEncryptor.DeriveKey(secret));
            }
        });
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider services, string team) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose, team);

    /// <summary>A protected payload is a 4-byte magic header, then the id of the key that sealed it.</summary>
    private static Guid KeyIdOf(string payload) => new(WebEncoders.Base64UrlDecode(payload).AsSpan(4, 16));

    private static async Task<List<string>> RawAsync(Database database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
