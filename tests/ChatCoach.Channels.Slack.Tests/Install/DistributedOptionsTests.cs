using ChatCoach.Host.Secrets;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.Tests.Install;

/// <summary>Start-up refuses an incomplete or ambiguous install configuration, naming the key.</summary>
public sealed class DistributedOptionsTests
{
    private static IReadOnlyList<string> Problems(SlackOptions options) =>
        new SlackOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void A_client_id_needs_its_secret_and_redirect_url_and_excludes_a_bot_token()
    {
        var problems = Problems(new SlackOptions { SigningSecret = "s", ClientId = "1.2", BotToken = "xoxb-1" });

        Assert.Contains(problems, p => p.Contains("ChatCoach:Slack:ClientSecret is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ChatCoach:Slack:InstallRedirectUrl must be", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("BotToken and ChatCoach:Slack:ClientId are both set", StringComparison.Ordinal));
        Assert.Empty(Problems(new SlackOptions
        {
            SigningSecret = "s", ClientId = "1.2", ClientSecret = "c", InstallRedirectUrl = "https://chatcoach.example/slack/oauth_redirect",
        }));
    }

    [Fact]
    public void Stored_tokens_need_a_key_ring_secret_of_at_least_32_characters_unless_the_ring_is_on_a_directory()
    {
        var validator = new SecretsOptionsValidator(tokensStored: true);

        Assert.Contains("KeyRingSecret is required", string.Join(" ", validator.Validate(null, new SecretsOptions()).Failures ?? []), StringComparison.Ordinal);
        Assert.Contains("at least 32 characters", string.Join(" ", validator.Validate(null, new SecretsOptions { KeyRingSecret = "short" }).Failures ?? []), StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new SecretsOptions { KeyDirectory = Path.GetTempPath() }).Succeeded);
        Assert.True(new SecretsOptionsValidator(tokensStored: false).Validate(null, new SecretsOptions()).Succeeded);
    }

    [Fact]
    public async Task The_host_does_not_start_distributed_without_a_key_ring_secret()
    {
        using var file = new TempSqlite();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningServer.StartAsync(file.ConnectionString,
            "--ChatCoach:Slack:SigningSecret=s", "--ChatCoach:Slack:ClientId=1.2", "--ChatCoach:Slack:ClientSecret=c",
            "--ChatCoach:Slack:InstallRedirectUrl=https://chatcoach.example/slack/oauth_redirect"));

        Assert.Contains("ChatCoach:DataProtection:KeyRingSecret is required", error.Message, StringComparison.Ordinal);
    }
}
