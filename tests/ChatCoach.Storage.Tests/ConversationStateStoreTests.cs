using ChatCoach.Domain.People;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class ConversationStateStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_conversation_keeps_its_latest_document_while_fresh_and_apart_from_other_conversations(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlConversationStateStore(db.Database);
        await store.WriteAsync(Acme, "C1", "first", Now, None);
        await store.WriteAsync(Acme, "C1", "second", Now.AddMinutes(5), None);
        await store.WriteAsync(Acme, "C2", "other", Now, None);

        Assert.Equal("second", await store.ReadAsync(Acme, "C1", Now, None));
        Assert.Equal("other", await store.ReadAsync(Acme, "C2", Now, None));
        Assert.Null(await store.ReadAsync(Acme, "C1", Now.AddMinutes(6), None));
        Assert.Null(await store.ReadAsync(new WorkspaceId("slack:TOTHER"), "C1", Now, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Erasing_a_workspace_erases_its_conversation_states(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlConversationStateStore(db.Database);
        await store.WriteAsync(Acme, "C1", "state", Now, None);

        await new SqlWorkspaceDataEraser(db.Database).EraseAsync(Acme, None);

        Assert.Null(await store.ReadAsync(Acme, "C1", Now.AddDays(-1), None));
    }
}
