using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Channels.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class HostIntegrationTests : IAsyncLifetime
{
    private FakeBotPlatform platform = null!;
    private TeamsTestHost host = null!;

    public async Task InitializeAsync()
    {
        platform = await FakeBotPlatform.StartAsync();
        host = await TeamsTestHost.StartAsync(platform);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await platform.DisposeAsync();
    }

    [Fact]
    public async Task The_teams_health_check_is_registered_for_readiness()
    {
        var health = host.App.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Entries["teams"].Status);
    }

    [Fact]
    public async Task A_coach_failure_during_an_invoke_is_answered_politely_not_with_a_500()
    {
        host.Coach.Answer = (_, _) => throw new InvalidOperationException("model down");

        var response = await host.PostAsync(host.Activity("invoke-adaptivecard-action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signing_keys_that_cannot_be_fetched_give_503_so_the_connector_redelivers()
    {
        await using var broken = await TeamsTestHost.StartAsync(platform, settings: new Dictionary<string, string?>(TeamsTestHost.DefaultSettings(platform))
        {
            ["ChatCoach:Teams:OpenIdMetadataUrl"] = platform.BaseUrl + "/no-such-metadata",
        });

        var response = await broken.PostAsync(broken.Activity("message-personal"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(broken.Inbox.Seen());
    }

    [Fact]
    public async Task An_activity_can_be_updated_in_place()
    {
        await host.PostAsync(host.Activity("message-personal"));
        await host.Inbox.NextHandledAsync();
        var connector = host.App.Services.GetRequiredService<ConnectorClient>();

        var result = await connector.UpdateActivityAsync(platform.ServiceUrl, "a:1personalConversationWithDana", "activity-1", new Activity { Type = "message", Text = "Updated" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        var update = platform.Calls.Last();
        Assert.Equal("PUT", update.Method);
        Assert.Equal("/teams/v3/conversations/a:1personalConversationWithDana/activities/activity-1", update.Path);
    }
}
