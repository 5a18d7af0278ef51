using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Tests;

public sealed class AdminPolicyTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly WorkspaceId Beta = new("slack:TBETA");
    private static readonly UserRef Alex = new("slack:UALEX");
    private static readonly UserRef Bea = new("slack:UBEA");

    private static TurnContext Turn(WorkspaceId board, UserRef caller, WorkspaceId? home = null) => new(board, caller, "slack", "C1", false, home);

    [Fact]
    public void The_list_without_a_workspace_holds_wherever_no_workspace_has_its_own()
    {
        var policy = new AdminPolicy([Alex], new Dictionary<WorkspaceId, IReadOnlyList<UserRef>> { [Beta] = [Bea] });

        Assert.True(policy.IsAdmin(Turn(Acme, Alex)));
        Assert.False(policy.IsAdmin(Turn(Acme, Bea)));
        Assert.True(policy.IsAdmin(Turn(Beta, Bea)));
        Assert.False(policy.IsAdmin(Turn(Beta, Alex)));
        Assert.Equal([Bea], policy.AdminsOf(Beta));
        Assert.Equal([Alex], policy.AdminsOf(new WorkspaceId("teams:tenant-1")));
    }

    [Fact]
    public void A_guest_of_a_shared_channel_is_never_an_admin_of_the_board()
    {
        var policy = new AdminPolicy([Alex]);

        Assert.False(policy.IsAdmin(Turn(Beta, Alex, home: Acme)));
        Assert.True(policy.IsAdmin(Turn(Acme, Alex, home: Acme)));
        Assert.True(Turn(Beta, Alex, home: Acme).IsGuest);
        Assert.False(Turn(Beta, Alex).IsGuest);
    }

    [Fact]
    public void With_nobody_configured_anywhere_only_the_consoles_local_user_is_an_admin()
    {
        var none = new AdminPolicy([]);
        var someoneElsewhere = new AdminPolicy([], new Dictionary<WorkspaceId, IReadOnlyList<UserRef>> { [Beta] = [Bea] });

        Assert.True(none.IsAdmin(Turn(WorkspaceId.Local, UserRef.Local("dana"))));
        Assert.False(none.IsAdmin(Turn(Acme, Alex)));
        Assert.False(someoneElsewhere.IsAdmin(Turn(WorkspaceId.Local, UserRef.Local("dana"))));
    }
}
