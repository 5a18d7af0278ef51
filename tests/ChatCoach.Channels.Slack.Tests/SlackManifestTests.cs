using ChatCoach.TestSupport;
using NJsonSchema;

namespace ChatCoach.Channels.Slack.Tests;

public class SlackManifestTests
{
    private const string Schema = "schemas/slack-manifest.schema.1.0.0.json";

    private static string ManifestYaml => File.ReadAllText(Path.Combine(RepoPaths.Root, "manifests", "slack", "manifest.yml"));

    [SharedFileFact(Schema)]
    public async Task The_manifest_validates_against_slacks_schema()
    {
        var schema = await JsonSchema.FromFileAsync(RepoPaths.Shared(Schema)!);

        var errors = schema.Validate(YamlAsJson.Read(ManifestYaml)!.ToJsonString());

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [SharedFileFact(Schema)]
    public async Task The_schema_check_catches_a_broken_manifest()
    {
        var schema = await JsonSchema.FromFileAsync(RepoPaths.Shared(Schema)!);
        var broken = YamlAsJson.Read(ManifestYaml)!.AsObject();
        broken["settings"]!.AsObject()["socket_mode_enabled"] = "sometimes";
        broken.Remove("display_information");

        Assert.NotEmpty(schema.Validate(broken.ToJsonString()));
    }

    [Fact]
    public void The_manifest_points_every_request_url_at_the_one_endpoint_and_asks_only_for_needed_scopes()
    {
        var manifest = YamlAsJson.Read(ManifestYaml)!;

        var settings = manifest["settings"]!;
        Assert.Equal("https://YOUR-HOST/slack/events", settings["event_subscriptions"]!["request_url"]!.ToString());
        Assert.Equal("https://YOUR-HOST/slack/events", settings["interactivity"]!["request_url"]!.ToString());
        Assert.Equal("https://YOUR-HOST/slack/events", manifest["features"]!["slash_commands"]![0]!["url"]!.ToString());
        Assert.Equal("/coach", manifest["features"]!["slash_commands"]![0]!["command"]!.ToString());
        Assert.Equal(["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked"],
            settings["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.ToString()));
        Assert.Equal(["app_mentions:read", "channels:history", "chat:write", "commands", "files:write", "groups:history", "im:history", "im:write", "mpim:history", "users:read"],
            manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.ToString()));
        Assert.Equal(ChatCoach.Channels.Slack.Install.SlackInstaller.BotScopes, manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.ToString()));
        Assert.Equal(["https://YOUR-HOST/slack/oauth_redirect"], manifest["oauth_config"]!["redirect_urls"]!.AsArray().Select(u => u!.ToString()));
        Assert.True(manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>());
        Assert.False(settings["socket_mode_enabled"]!.GetValue<bool>());
    }
}
