namespace ChatCoach.Domain.People;

/// <summary>
/// Who may change owners and targets and record any value. While no admin is configured the
/// console's local user is one, so a fresh install is usable; once any is configured, only they are.
/// </summary>
public sealed class AdminPolicy(IEnumerable<UserRef> admins)
{
    private readonly HashSet<string> _admins = admins.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    public bool IsAdmin(UserRef user) =>
        _admins.Count == 0 ? user.Channel == "local" : _admins.Contains(user.Id);

    public IReadOnlyCollection<string> Admins => _admins;
}
