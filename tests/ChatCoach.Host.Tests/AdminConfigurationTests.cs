using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Host.Configuration;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Tests;

/// <summary>Both admin forms are read from configuration and checked at start-up, naming the wrong key.</summary>
public sealed class AdminConfigurationTests
{
    private static IReadOnlyList<string> Problems(AdminOptions options) =>
        new AdminOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    private static AdminOptions With(params WorkspaceAdmins[] workspaces)
    {
        var options = new AdminOptions();
        options.Workspaces.AddRange(workspaces);
        return options;
    }

    [Fact]
    public void Each_workspace_entry_needs_a_workspace_id_and_admins_of_its_platform()
    {
        var problems = Problems(With(
            new WorkspaceAdmins { Id = "TBETA", Admins = ["slack:UBEA"] },
            new WorkspaceAdmins { Id = "slack:TACME", Admins = [] },
            new WorkspaceAdmins { Id = "slack:TGAMMA", Admins = ["teams:0000-aad", "UGAMMA", "local:alex"] },
            new WorkspaceAdmins { Id = "teams:tenant-1", Admins = ["teams:aad-1"] },
            new WorkspaceAdmins { Id = "teams:tenant-1", Admins = ["teams:aad-2"] }));

        Assert.Contains(problems, p => p.StartsWith("ChatCoach:Workspaces:0:Id must name a workspace", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ChatCoach:Workspaces:1:Admins must list at least one admin", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ChatCoach:Workspaces:2:Admins:0 must look like slack:<user id>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ChatCoach:Workspaces:2:Admins:1 must look like", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("ChatCoach:Workspaces:2:Admins:2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("names teams:tenant-1 more than once", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
        Assert.Empty(Problems(With(new WorkspaceAdmins { Id = "slack:TACME", Admins = ["slack:UALEX", "local:alex"] })));
    }

    [Fact]
    public async Task The_host_does_not_start_with_a_workspace_entry_that_has_no_admins()
    {
        using var file = new TempSqlite();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningServer.StartAsync(file.ConnectionString,
            "--ChatCoach:Admins:0=slack:UALEX", "--ChatCoach:Workspaces:0:Id=slack:TBETA"));

        Assert.Contains("ChatCoach:Workspaces:0:Admins must list at least one admin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_running_host_reads_both_forms_into_one_policy()
    {
        using var file = new TempSqlite();
        await using var server = await RunningServer.StartAsync(file.ConnectionString,
            "--ChatCoach:Admins:0=slack:UALEX", "--ChatCoach:Workspaces:0:Id=slack:TBETA", "--ChatCoach:Workspaces:0:Admins:0=slack:UBEA");

        var policy = server.App.Services.GetRequiredService<AdminPolicy>();

        Assert.True(policy.IsAdmin(Turn("slack:TACME", "slack:UALEX")));
        Assert.True(policy.IsAdmin(Turn("slack:TBETA", "slack:UBEA")));
        Assert.False(policy.IsAdmin(Turn("slack:TBETA", "slack:UALEX")));
    }

    private static TurnContext Turn(string workspace, string user) => new(new WorkspaceId(workspace), new UserRef(user), "slack", "C1", false);
}
