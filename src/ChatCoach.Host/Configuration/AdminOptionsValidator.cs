using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>Checks both admin forms at start-up, naming the key that is wrong.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    private static readonly string[] Channels = ["slack", "teams", "local"];

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var errors = BadUsers(options.Admins, AdminOptions.Section, workspaceChannel: null)
            .Concat(options.Workspaces.SelectMany((w, i) => WorkspaceErrors(w, $"{AdminOptions.WorkspacesSection}:{i}")))
            .Concat(Repeated(options.Workspaces))
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> WorkspaceErrors(WorkspaceAdmins workspace, string key)
    {
        var channel = WorkspaceChannel(workspace.Id);
        if (channel is null)
        {
            return [$"{key}:Id must name a workspace as slack:<team id>, teams:<tenant id> or local (got '{workspace.Id}')."];
        }
        if (workspace.Admins.Count == 0)
        {
            return [$"{key}:Admins must list at least one admin of {workspace.Id}; remove the entry to use {AdminOptions.Section} there."];
        }
        return BadUsers(workspace.Admins, $"{key}:Admins", channel);
    }

    /// <summary>Someone from another platform cannot act in this workspace; the console's local users can act in any.</summary>
    private static IEnumerable<string> BadUsers(IEnumerable<string> admins, string key, string? workspaceChannel) => admins
        .Select((admin, index) => (admin, index))
        .Where(a => !UserRef.TryParse(a.admin, out var user) || !Channels.Contains(user!.Channel)
            || (workspaceChannel is not null && user.Channel != "local" && user.Channel != workspaceChannel))
        .Select(a => workspaceChannel is null
            ? $"{key}:{a.index} must look like slack:<user id>, teams:<aadObjectId> or local:<name> (got '{a.admin}')."
            : $"{key}:{a.index} must look like {workspaceChannel}:<user id> or local:<name> (got '{a.admin}').");

    private static IEnumerable<string> Repeated(List<WorkspaceAdmins> workspaces) => workspaces
        .Where(w => w.Id is not null)
        .GroupBy(w => w.Id, StringComparer.Ordinal)
        .Where(g => g.Count() > 1)
        .Select(g => $"{AdminOptions.WorkspacesSection} names {g.Key} more than once; give each workspace one entry.");

    /// <summary>"slack", "teams" or "local" for a well-formed workspace id; null otherwise.</summary>
    private static string? WorkspaceChannel(string? id)
    {
        if (id == WorkspaceId.Local.Value)
        {
            return "local";
        }
        var colon = id?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (id is null || colon <= 0 || colon == id.Length - 1 || id.Length > 200 || id.Any(char.IsWhiteSpace))
        {
            return null;
        }
        var channel = id[..colon];
        return ChatChannels.CanPostTo(channel) ? channel : null;
    }
}
