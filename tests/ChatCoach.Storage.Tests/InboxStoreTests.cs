using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class InboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static SqlInboxStore Store(Database database) => new(database);

    private static InboundEvent Event(string id) => new("slack", id, "{\"event_id\":\"" + id + "\"}", Now);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_same_delivery_id_is_stored_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);

        Assert.True(await store.TryAddAsync(Event("Ev1"), None));
        Assert.False(await store.TryAddAsync(Event("Ev1"), None));
        Assert.Single(await store.PendingAsync(Now, 10, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_one_claimant_wins_a_row(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.TryAddAsync(Event("Ev1"), None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => store.TryClaimAsync("slack", "Ev1", $"worker-{i}", Now, Now.AddMinutes(2), None))));

        Assert.Single(claims, won => won);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_claim_whose_lease_ran_out_is_pending_again(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = Store(db.Database);
        await store.TryAddAsync(Event("Ev1"), None);
        await store.TryClaimAsync("slack", "Ev1", "dead-process", Now, Now.AddMinutes(2), None);

        Assert.Empty(await store.PendingAsync(Now.AddMinutes(1), 10, None));
        Assert.Single(await store.PendingAsync(Now.AddMinutes(3), 10, None));
        Assert.True(await store.TryClaimAsync("slack", "Ev1", "new-process", Now.AddMinutes(3), Now.AddMinutes(5), None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Done_rows_are_never_handed_out_again_and_are_pruned_later(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        await store.MarkDoneAsync("slack", "Ev1", Now, None);

        Assert.Empty(await store.PendingAsync(Now.AddDays(1), 10, None));
        Assert.False(await store.TryClaimAsync("slack", "Ev1", "w2", Now.AddDays(1), Now.AddDays(1), None));
        Assert.False(await store.TryAddAsync(Event("Ev1"), None));
        Assert.Equal(1, await store.PruneAsync(Now.AddDays(8), None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_failed_attempt_returns_the_row_and_giving_up_parks_it(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");

        await store.MarkFailedAsync("slack", "Ev1", "boom", Now.AddMinutes(1), None);
        Assert.Empty(await store.PendingAsync(Now, 10, None));
        var retry = Assert.Single(await store.PendingAsync(Now.AddMinutes(1), 10, None));
        Assert.Equal(1, retry.Attempts);

        await store.TryClaimAsync("slack", "Ev1", "w", Now.AddMinutes(1), Now.AddMinutes(3), None);
        await store.MarkFailedAsync("slack", "Ev1", "boom again", retryAt: null, None);
        Assert.Empty(await store.PendingAsync(Now.AddDays(30), 10, None));
        Assert.Equal(1, await store.CountParkedAsync(None));
        Assert.Equal(0, await store.PruneAsync(Now.AddDays(30), None));
        var parked = Assert.Single(await store.ParkedAsync(10, None));
        Assert.Equal(("Ev1", 2, "boom again"), (parked.DeliveryId, parked.Attempts, parked.LastError));

        Assert.Equal(0, await store.RedriveAsync("teams", "Ev1", Now.AddDays(30), None));
        Assert.Equal(1, await store.RedriveAsync("slack", "Ev1", Now.AddDays(30), None));
        var redriven = Assert.Single(await store.PendingAsync(Now.AddDays(30), 10, None));
        Assert.Equal(Now.AddDays(30), redriven.RetrySince);
        Assert.Equal(0, await store.CountParkedAsync(None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Kept_replies_come_back_with_the_claim_marked_in_flight(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");

        await store.KeepRepliesAsync("slack", "Ev1", [ChatCoach.Domain.Conversation.Reply.Text("Recorded 777.")], None);
        var reclaimed = await store.ClaimAsync("slack", "Ev1", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None);

        Assert.NotNull(reclaimed);
        Assert.True(reclaimed.InFlight);
        Assert.Equal("Recorded 777.", ((ChatCoach.Domain.Conversation.TextRun)((ChatCoach.Domain.Conversation.Paragraph)Assert.Single(Assert.Single(reclaimed.Replies!).Parts)).Inlines[0]).Text);
    }

    /// <summary>
    /// The kept replies are one JSON document. They used to be an array of JSON strings, each reply
    /// serialised and then escaped again — a chart's base64 PNG included — on every answer kept.
    /// Since version 18 the pictures are not in the document at all: their PNGs are kept as bytes
    /// beside it (a chart's PNG was 36 KB of base64 in it, serialised and written for every chart answered).
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Kept_replies_are_one_json_document_and_their_pictures_are_kept_as_bytes_beside_it(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        var png = Png(3000, 37);
        var chart = new Picture(png, 640, 360, "win-rate.png", "Win rate", "Win rate rose to 31%.", "▁▂▃");

        await store.KeepRepliesAsync("slack", "Ev1", [Reply.Text("Here it is."), Reply.Of(chart)], None);

        var stored = await StoredRepliesAsync(db.Database, "Ev1");
        Assert.StartsWith("[{", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(png)[..40], stored, StringComparison.Ordinal);
        Assert.True(stored.Length < 1000, $"The kept JSON is {stored.Length} characters: the picture is still in it.");
        var reclaimed = await store.ClaimAsync("slack", "Ev1", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None);
        Assert.Equal(png, Assert.IsType<Picture>(Assert.Single(reclaimed!.Replies![1].Parts)).Png);
    }

    /// <summary>
    /// Once a row is done its kept answer is never read again (the row stays a week only to recognise
    /// a re-delivery), so the done mark lets go of it: SQLite writes a record out again whole when an
    /// update changes its size, and marking a chart's row done copied its 40 KB of answer once more.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_done_row_lets_go_of_its_kept_answer(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        var chart = new Picture(Png(3000, 37), 640, 360, "win-rate.png", "Win rate", "Win rate rose to 31%.", "▁▂▃");
        await store.KeepRepliesAsync("slack", "Ev1", [Reply.Text("Here it is."), Reply.Of(chart)], None);

        await store.MarkDoneAsync("slack", "Ev1", Now, None);

        await using var connection = await db.Database.OpenAsync(None);
        var kept = (await connection.QueryAsync("SELECT replies IS NULL, reply_pictures IS NULL FROM inbox WHERE delivery_id = @id",
            r => (Convert.ToInt32(r.GetValue(0)) == 1, Convert.ToInt32(r.GetValue(1)) == 1), None, ("@id", "Ev1"))).Single();
        Assert.Equal((true, true), kept);
    }

    /// <summary>
    /// A kept answer damaged in storage does not throw out of the claim, which reads a batch of rows
    /// in one statement: that row comes back with the reason, and the rows claimed with it are unharmed.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_damaged_kept_answer_comes_back_as_unreadable_and_the_rows_claimed_with_it_are_unharmed(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        await store.KeepRepliesAsync("slack", "Ev1", [Reply.Text("Here it is.")], None);
        await using (var connection = await db.Database.OpenAsync(None))
        {
            await connection.ExecuteAsync("UPDATE inbox SET replies = '[{\"parts\": [' WHERE delivery_id = 'Ev1'", None);
        }
        await store.TryAddAsync(Event("Ev2"), None);

        var claims = await Task.WhenAll(
            store.ClaimAsync("slack", "Ev1", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None),
            store.ClaimAsync("slack", "Ev2", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None));

        Assert.Null(claims[0]!.Replies);
        Assert.Contains("Json", claims[0]!.Unreadable, StringComparison.Ordinal);
        Assert.Equal(("Ev2", null), (claims[1]!.Event.DeliveryId, claims[1]!.Unreadable));
    }

    /// <summary>Several pictures, in one reply and across replies, each come back with its own PNG; an empty one stays empty.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_kept_picture_comes_back_in_its_place(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        Picture Chart(int seed, int size) => new(Png(size, seed), 640, 360, $"c{seed}.png", $"Chart {seed}", "In words.", "▁");
        var replies = new[] { Reply.Of(Chart(3, 500), new Paragraph([new TextRun("between")]), Chart(5, 0)), Reply.Text("no picture"), Reply.Of(Chart(7, 1200)) };

        await store.KeepRepliesAsync("slack", "Ev1", replies, None);
        var reclaimed = (await store.ClaimAsync("slack", "Ev1", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None))!.Replies!;

        var expected = replies.SelectMany(r => r.Parts).OfType<Picture>().Select(p => p.Png).ToList();
        Assert.Equal(expected, reclaimed.SelectMany(r => r.Parts).OfType<Picture>().Select(p => p.Png).ToList());
        Assert.Equal("between", ((TextRun)((Paragraph)reclaimed[0].Parts[1]).Inlines[0]).Text);
        Assert.Equal("c7.png", Assert.IsType<Picture>(Assert.Single(reclaimed[2].Parts)).FileName);
    }

    /// <summary>A row kept before version 18 has its picture inside the JSON, and a retry after the upgrade still sends it.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_picture_kept_inside_the_json_before_the_upgrade_still_comes_back(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        var png = Png(700, 11);
        var inline = ReplyJson.WriteAll([Reply.Of(new Picture(png, 640, 360, "w.png", "Win rate", "Up.", "▁"))]);
        await using (var connection = await db.Database.OpenWriteAsync(None))
        {
            await connection.ExecuteAsync("UPDATE inbox SET replies = @replies, in_flight = 1 WHERE delivery_id = @id", None, ("@replies", inline), ("@id", "Ev1"));
        }

        var reclaimed = await store.ClaimAsync("slack", "Ev1", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None);

        Assert.Equal(png, Assert.IsType<Picture>(Assert.Single(Assert.Single(reclaimed!.Replies!).Parts)).Png);
    }

    /// <summary>Rows kept before the one-document form (an array of JSON strings) are still read after an upgrade.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Replies_kept_in_the_older_form_still_come_back(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = await ClaimedAsync(db.Database, "Ev1");
        var older = System.Text.Json.JsonSerializer.Serialize(new[] { ReplyJson.Write(Reply.Text("Recorded 777.")) });
        await using (var connection = await db.Database.OpenWriteAsync(None))
        {
            await connection.ExecuteAsync("UPDATE inbox SET replies = @replies, in_flight = 1 WHERE delivery_id = @id", None, ("@replies", older), ("@id", "Ev1"));
        }

        var reclaimed = await store.ClaimAsync("slack", "Ev1", "w2", Now.AddMinutes(3), Now.AddMinutes(5), None);

        Assert.Equal("Recorded 777.", ((TextRun)((Paragraph)Assert.Single(Assert.Single(reclaimed!.Replies!).Parts)).Inlines[0]).Text);
    }

    /// <summary>A store whose inbox holds <paramref name="deliveryId"/>, claimed: what a turn keeps its replies with.</summary>
    private static async Task<SqlInboxStore> ClaimedAsync(Database database, string deliveryId)
    {
        var store = Store(database);
        await store.TryAddAsync(Event(deliveryId), None);
        await store.TryClaimAsync("slack", deliveryId, "w", Now, Now.AddMinutes(2), None);
        return store;
    }

    private static byte[] Png(int size, int seed) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * seed))];

    private static async Task<string> StoredRepliesAsync(Database database, string deliveryId)
    {
        await using var connection = await database.OpenAsync(None);
        return (await connection.QueryAsync("SELECT replies FROM inbox WHERE delivery_id = @id", r => r.GetString(0), None, ("@id", deliveryId))).Single();
    }
}
