using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Conversation;

namespace ChatCoach.Host.Inbox;

/// <summary>
/// The coach as the inbox's handlers see it: a turn runs once per inbox row. Its reply is kept with
/// the row before the channel sends it, and a retry of the row (the platform was down, the process
/// died) gets the kept reply back instead of running the turn — and its writes — again. Messages,
/// buttons, modals, nudge and survey answers all reach the coach this way. Outside the inbox (the
/// console) it is the coach itself.
/// </summary>
public sealed class OncePerDeliveryCoach(ICoach coach, TimeProvider clock) : ICoach
{
    public Task<Reply> ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        OnceAsync(() => coach.ReplyAsync(turn, text, cancellationToken), cancellationToken);

    public Task<Reply> ActAsync(TurnContext turn, ChatAction action, CancellationToken cancellationToken) =>
        OnceAsync(() => coach.ActAsync(turn, action, cancellationToken), cancellationToken);

    private async Task<Reply> OnceAsync(Func<Task<Reply>> turn, CancellationToken cancellationToken)
    {
        if (InboxDelivery.Handling is not { } delivery)
        {
            return await turn();
        }
        if (delivery.KeptReply() is { } kept)
        {
            return LateAnswer.Retold(kept, clock.GetUtcNow());
        }
        var reply = await turn();
        await delivery.KeepAsync(reply, cancellationToken);
        return reply;
    }
}
