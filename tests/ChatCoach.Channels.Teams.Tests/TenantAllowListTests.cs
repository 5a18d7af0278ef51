using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>A multi-tenant bot with ChatCoach:Teams:AllowedTenants: other tenants' genuine activities get 403 and a log line.</summary>
public sealed class TenantAllowListTests : IAsyncLifetime
{
    private const string PayloadTenant = "7a1b2c3d-0000-4000-8000-00000000a001";
    private readonly CapturedLogs _logs = new();
    private FakeBotPlatform _platform = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _platform = await FakeBotPlatform.StartAsync();
        var settings = TeamsTestHost.DefaultSettings(_platform);
        settings["ChatCoach:Teams:AllowedTenants:0"] = "11111111-2222-4333-8444-555555555555";
        settings["ChatCoach:Teams:AllowedTenants:1"] = PayloadTenant.ToUpperInvariant();
        _host = await TeamsTestHost.StartAsync(_platform, settings: settings, overrides: services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _platform.DisposeAsync();
    }

    [Fact]
    public async Task An_activity_from_an_allowed_tenant_is_accepted()
    {
        var response = await _host.PostAsync(_host.Activity("message-personal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.Inbox.Seen());
    }

    [Fact]
    public async Task An_activity_from_another_tenant_or_none_is_refused_with_403_and_a_log_line()
    {
        var other = _host.Activity("message-personal");
        other["channelData"]!["tenant"]!["id"] = "99999999-0000-4000-8000-000000000bad";
        other["conversation"]!["tenantId"] = "99999999-0000-4000-8000-000000000bad";
        var none = _host.Activity("message-personal");
        none["id"] = "1767765599990";
        none.Remove("channelData");
        none["conversation"]!.AsObject().Remove("tenantId");

        var refused = await _host.PostAsync(other);
        var anonymous = await _host.PostAsync(none);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (refused.StatusCode, anonymous.StatusCode));
        Assert.Empty(_host.Inbox.Seen());
        Assert.Empty(_host.Coach.Asked);
        Assert.Contains(_logs.Lines, l => l.Contains("403", StringComparison.Ordinal) && l.Contains("99999999-0000-4000-8000-000000000bad", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Contains("403", StringComparison.Ordinal) && l.Contains("(none)", StringComparison.Ordinal));
    }
}
