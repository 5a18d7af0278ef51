using ChatCoach.Domain.People;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>
/// "ChatCoach:Admins": user references (slack:U…, teams:&lt;aadObjectId&gt;, local:name) who administer
/// every workspace without a list of its own — today's single-workspace form. "ChatCoach:Workspaces":
/// per-workspace lists, each an Id (slack:T…, teams:&lt;tenant id&gt;, local) and its Admins.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "ChatCoach:Admins";

    public const string WorkspacesSection = "ChatCoach:Workspaces";

    public List<string> Admins { get; } = [];

    public List<WorkspaceAdmins> Workspaces { get; } = [];

    public AdminPolicy Policy() => new(
        Admins.Select(a => new UserRef(a)),
        Workspaces.ToDictionary(w => new WorkspaceId(w.Id!), w => (IReadOnlyList<UserRef>)[.. w.Admins.Select(a => new UserRef(a))]));
}

/// <summary>One entry of "ChatCoach:Workspaces": a workspace and the people who administer it.</summary>
public sealed class WorkspaceAdmins
{
    public string? Id { get; set; }

    public List<string> Admins { get; set; } = [];
}
