using System.Net;
using ChatCoach.Channels.Teams.Auth;
using ChatCoach.Channels.Teams.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>Token-less activities are accepted only when every condition of the Playground mode holds.</summary>
public sealed class LocalPlaygroundTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("10.20.30.40");

    [Theory]
    [InlineData("Development", true, true, true, true)]
    [InlineData("Production", true, true, true, false)]
    [InlineData("Staging", true, true, true, false)]
    [InlineData("Development", false, true, true, false)]
    [InlineData("Development", true, false, true, false)]
    [InlineData("Development", true, true, false, false)]
    public void Every_condition_is_required(string environment, bool allowed, bool loopbackCaller, bool loopbackServiceUrl, bool admitted)
    {
        var gate = new LocalPlaygroundGate(
            new HostingEnvironment { EnvironmentName = environment },
            Options.Create(new TeamsOptions { AllowUnauthenticatedLocal = allowed }));

        var result = gate.Admits(loopbackCaller ? IPAddress.Loopback : Remote, loopbackServiceUrl ? "http://127.0.0.1:56150/" : "https://smba.trafficmanager.net/amer/");

        Assert.Equal(admitted, result);
    }

    [Fact]
    public async Task In_development_with_the_switch_on_a_tokenless_loopback_activity_is_answered_without_a_token()
    {
        await using var platform = await FakeBotPlatform.StartAsync();
        await using var host = await TeamsTestHost.StartAsync(platform, "Development", PlaygroundSettings(platform));

        var response = await host.PostAsync(host.Activity("message-personal"), token: null);
        var reply = await platform.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", reply.Authorization);
        Assert.Equal(0, platform.TokenRequests);
    }

    [Fact]
    public async Task In_playground_mode_a_tokenless_activity_naming_a_remote_service_url_is_refused()
    {
        await using var platform = await FakeBotPlatform.StartAsync();
        await using var host = await TeamsTestHost.StartAsync(platform, "Development", PlaygroundSettings(platform));
        var activity = Payloads.Load("message-personal", "https://smba.trafficmanager.net/amer/");

        var response = await host.PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task In_development_without_the_switch_a_tokenless_activity_is_refused()
    {
        await using var platform = await FakeBotPlatform.StartAsync();
        await using var host = await TeamsTestHost.StartAsync(platform, "Development");

        var response = await host.PostAsync(host.Activity("message-personal"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_switch_outside_development_stops_the_start_naming_the_key()
    {
        await using var platform = await FakeBotPlatform.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(platform, "Production", PlaygroundSettings(platform)));

        Assert.Contains("ChatCoach:Teams:AllowUnauthenticatedLocal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_id_without_a_password_stops_the_start_naming_the_key()
    {
        await using var platform = await FakeBotPlatform.StartAsync();
        var settings = TeamsTestHost.DefaultSettings(platform);
        settings.Remove("ChatCoach:Teams:AppPassword");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(platform, "Production", settings));

        Assert.Contains("ChatCoach:Teams:AppPassword is required when ChatCoach:Teams:AppId is set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_app_id_or_the_playground_switch_Teams_is_off_and_registers_nothing()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ChatCoach:Teams:TenantId"] = "t" }).Build();

        var on = services.AddTeamsChannel(configuration, new HostingEnvironment { EnvironmentName = "Production" });

        Assert.False(on);
        Assert.Empty(services);
    }

    [Fact]
    public void The_token_endpoint_is_single_tenant_when_a_tenant_is_set_and_botframework_otherwise()
    {
        Assert.Equal("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token", new TeamsOptions { TenantId = "contoso-tenant" }.EffectiveTokenEndpoint);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", new TeamsOptions().EffectiveTokenEndpoint);
    }

    private static Dictionary<string, string?> PlaygroundSettings(FakeBotPlatform platform) => new()
    {
        ["ChatCoach:Teams:AllowUnauthenticatedLocal"] = "true",
        ["ChatCoach:Teams:OpenIdMetadataUrl"] = platform.OpenIdMetadataUrl,
        ["ChatCoach:Teams:TokenEndpoint"] = platform.TokenEndpoint,
    };
}
