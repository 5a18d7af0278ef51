using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Channels.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class HostIntegrationTests : TeamsHostTests
{
    [Fact]
    public async Task The_teams_health_check_is_registered_for_readiness()
    {
        var health = Host.App.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Entries["teams"].Status);
    }

    [Fact]
    public async Task A_coach_failure_during_an_invoke_is_answered_politely_not_with_a_500()
    {
        Host.Coach.Answer = (_, _) => throw new InvalidOperationException("model down");

        var response = await Host.PostAsync(Host.Activity("invoke-adaptivecard-action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signing_keys_that_cannot_be_fetched_give_503_so_the_connector_redelivers()
    {
        await using var broken = await TeamsTestHost.StartAsync(Platform, settings: new Dictionary<string, string?>(TeamsTestHost.DefaultSettings(Platform))
        {
            ["ChatCoach:Teams:OpenIdMetadataUrl"] = Platform.BaseUrl + "/no-such-metadata",
        });

        var response = await broken.PostAsync(broken.Activity("message-personal"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(broken.Inbox.Seen());
    }

    [Fact]
    public async Task An_activity_can_be_updated_in_place()
    {
        await Host.PostAsync(Host.Activity("message-personal"));
        await Host.Inbox.NextHandledAsync();
        var connector = Host.App.Services.GetRequiredService<ConnectorClient>();

        var result = await connector.UpdateActivityAsync(Platform.ServiceUrl, "a:1personalConversationWithDana", "activity-1", new Activity { Type = "message", Text = "Updated" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        var update = Platform.Calls.Last();
        Assert.Equal("PUT", update.Method);
        Assert.Equal("/teams/v3/conversations/a:1personalConversationWithDana/activities/activity-1", update.Path);
    }
}
