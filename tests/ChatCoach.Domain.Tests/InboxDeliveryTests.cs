using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Domain.Tests;

public sealed class InboxDeliveryTests
{
    private const string Secret = "cc_AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    /// <summary>Runs the work as one unit: enough to see what the delivery keeps, and when.</summary>
    private sealed class OneUnit : IUnitOfWork
    {
        public Task InOneTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) => work(cancellationToken);
    }

    [Fact]
    public async Task A_write_receipt_kept_with_the_row_never_holds_a_token_secret_and_the_turns_reply_replaces_it()
    {
        var kept = new List<IReadOnlyList<Reply>>();
        var delivery = new InboxDelivery("slack", "Ev1", DateTimeOffset.UnixEpoch, [], inFlight: false, (replies, _) => { kept.Add(replies); return Task.CompletedTask; }, new OneUnit());

        var made = await delivery.WriteOnceAsync(() => Task.FromResult(Secret), secret => Reply.Text($"Your token: {secret}"), CancellationToken.None);
        await delivery.KeepAsync(Reply.Text($"Made it. Your token: {Secret}"), CancellationToken.None);

        Assert.Equal(Secret, made);
        Assert.Equal(2, kept.Count);
        Assert.All(kept, replies => Assert.DoesNotContain(Secret, Assert.Single(replies).PlainText, StringComparison.Ordinal));
        Assert.Contains(SecretRedaction.Withheld, kept[0][0].PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Made it.", kept[1][0].PlainText, StringComparison.Ordinal);
    }
}
