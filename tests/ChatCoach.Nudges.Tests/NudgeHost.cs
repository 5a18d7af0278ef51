using ChatCoach.Conversation.Delivery;
using ChatCoach.Nudges.Jobs;

namespace ChatCoach.Nudges.Tests;

/// <summary>One server's part in the nudges: its round, then its outbox sending what is due.</summary>
public sealed class NudgeHost(NudgeDispatcher dispatcher, OutboxProcessor sender)
{
    public NudgeDispatcher Dispatcher => dispatcher;

    public OutboxProcessor Sender => sender;

    /// <summary>A round and the sends it made due; a failure report planned from a send's failure waits for the next round.</summary>
    public async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await dispatcher.RunRoundAsync(cancellationToken);
        await sender.SendDueAsync(cancellationToken);
    }
}
