using ChatCoach.Domain.Conversation;

namespace ChatCoach.Domain.People;

/// <summary>
/// Who may change owners and targets and record any value, workspace by workspace. A workspace with
/// its own list has exactly those admins; the list without a workspace (today's single-workspace
/// form) holds for every workspace that has none. Nobody is an admin of a board from a shared
/// channel: the acting person's own workspace must be the board's. While no admin is configured at
/// all the console's local user is one, so a fresh install is usable; once any is, only they are.
/// </summary>
public sealed class AdminPolicy
{
    private readonly HashSet<string> _everywhere;
    private readonly Dictionary<WorkspaceId, HashSet<string>> _perWorkspace;

    public AdminPolicy(IEnumerable<UserRef> admins, IReadOnlyDictionary<WorkspaceId, IReadOnlyList<UserRef>>? perWorkspace = null)
    {
        _everywhere = IdsOf(admins);
        _perWorkspace = (perWorkspace ?? new Dictionary<WorkspaceId, IReadOnlyList<UserRef>>())
            .ToDictionary(w => w.Key, w => IdsOf(w.Value));
    }

    private bool NoneConfigured => _everywhere.Count == 0 && _perWorkspace.Values.All(a => a.Count == 0);

    /// <summary>The turn's caller is an admin of the turn's workspace, acting from their own workspace.</summary>
    public bool IsAdmin(TurnContext turn) => !turn.IsGuest && IsAdmin(turn.Workspace, turn.Caller);

    public bool IsAdmin(WorkspaceId workspace, UserRef user) =>
        NoneConfigured ? user.Channel == "local" : AdminIdsOf(workspace).Contains(user.Id);

    /// <summary>The admins of one workspace: who escalations go to.</summary>
    public IReadOnlyList<UserRef> AdminsOf(WorkspaceId workspace) =>
        [.. AdminIdsOf(workspace).Order(StringComparer.Ordinal).Select(id => new UserRef(id))];

    private HashSet<string> AdminIdsOf(WorkspaceId workspace) =>
        _perWorkspace.TryGetValue(workspace, out var own) ? own : _everywhere;

    private static HashSet<string> IdsOf(IEnumerable<UserRef> admins) => admins.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
}
