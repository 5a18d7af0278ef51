using System.Text;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class PendingFileStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkspaceId Tenant = new("teams:tenant-a");
    private static readonly UserRef Dana = new("teams:d0d0d0d0-1111-4222-8333-444444444444");
    private static readonly UserRef Sam = new("teams:5a5a5a5a-1111-4222-8333-444444444444");
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("workspace,indicator\nteams:tenant-a,cost-per-qualified-opp\n");

    private static PendingFile Offer(string id = "offer-1") =>
        new(id, Tenant, "a:personal-dana", Dana, "scoreboard.csv", "text/csv", Csv, "Use the host command.", Now, Now.AddHours(24));

    private static PendingFileClaim Claim(string id = "offer-1", UserRef? by = null, string conversation = "a:personal-dana") =>
        new(id, Tenant, conversation, by ?? Dana);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_offer_is_taken_once_with_its_exact_bytes(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlPendingFileStore(db.Database);
        await store.AddAsync(Offer(), None);

        var first = await store.TryConsumeAsync(Claim(), Now.AddMinutes(5), None);
        var second = await new SqlPendingFileStore(db.Reopen()).TryConsumeAsync(Claim(), Now.AddMinutes(6), None);

        Assert.NotNull(first);
        Assert.Equal(Csv, first.Bytes);
        Assert.Equal((Tenant, "a:personal-dana", Dana, "scoreboard.csv", "text/csv", "Use the host command."), (first.Workspace, first.ConversationId, first.RequestedBy, first.FileName, first.ContentType, first.Unsent));
        Assert.Equal((Now, Now.AddHours(24)), (first.CreatedAt, first.ExpiresAt));
        Assert.Null(second);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_many_answers_at_once_exactly_one_gets_the_file(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await new SqlPendingFileStore(db.Database).AddAsync(Offer(), None);

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => new SqlPendingFileStore(db.Reopen()).TryConsumeAsync(Claim(), Now.AddMinutes(1), None))));

        Assert.Single(taken, file => file is not null);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_expired_offer_is_refused(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlPendingFileStore(db.Database);
        await store.AddAsync(Offer(), None);

        Assert.Null(await store.TryConsumeAsync(Claim(), Now.AddHours(24), None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Another_person_conversation_or_workspace_cannot_take_it_and_it_stays_for_its_owner(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlPendingFileStore(db.Database);
        await store.AddAsync(Offer(), None);

        Assert.Null(await store.TryConsumeAsync(Claim(by: Sam), Now, None));
        Assert.Null(await store.TryConsumeAsync(Claim(conversation: "a:personal-sam"), Now, None));
        Assert.Null(await store.TryConsumeAsync(Claim() with { Workspace = new WorkspaceId("teams:tenant-b") }, Now, None));
        Assert.Null(await store.TryConsumeAsync(Claim(id: "offer-guessed"), Now, None));
        Assert.NotNull(await store.TryConsumeAsync(Claim(), Now, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Expired_offers_are_swept_when_a_new_one_is_made(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlPendingFileStore(db.Database);
        await store.AddAsync(Offer("old"), None);

        await store.AddAsync(Offer("new") with { CreatedAt = Now.AddDays(2), ExpiresAt = Now.AddDays(3) }, None);

        await using var connection = await db.Database.OpenAsync(None);
        Assert.Equal(["new"], await connection.QueryAsync("SELECT id FROM pending_files", r => r.GetString(0), None));
    }
}
