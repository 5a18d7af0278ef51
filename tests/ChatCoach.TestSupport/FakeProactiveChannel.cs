using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;

namespace ChatCoach.TestSupport;

/// <summary>
/// A chat platform that records what the bot sent. Outcomes can be scripted per recipient
/// (transient, permanent), and a send can be held at a gate or made to "crash" the process.
/// </summary>
public sealed class FakeProactiveChannel(string channel = "slack") : IProactiveChannel
{
    public sealed record Sent(WorkspaceId Workspace, string Recipient, Reply Reply)
    {
        public string Text => Channels.Console.ConsoleRenderer.Render(Reply);
    }

    private readonly ConcurrentQueue<Sent> _sent = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DeliveryOutcome>> _scripted = new();

    public string Channel => channel;

    /// <summary>Called before each send with its recipient; may block or throw.</summary>
    public Func<WorkspaceId, string, CancellationToken, Task>? BeforeSend { get; set; }

    public IReadOnlyList<Sent> Delivered => [.. _sent];

    public IReadOnlyList<Sent> To(string recipient) => [.. _sent.Where(s => s.Recipient == recipient)];

    /// <summary>The next sends to this recipient fail this way, in order; after that they succeed.</summary>
    public void Script(string recipient, params DeliveryOutcome[] outcomes) =>
        _scripted[recipient] = new ConcurrentQueue<DeliveryOutcome>(outcomes);

    public Task<DeliveryResult> SendDirectAsync(WorkspaceId workspace, UserRef user, Reply reply, CancellationToken cancellationToken) =>
        SendAsync(workspace, user.Id, reply, cancellationToken);

    public Task<DeliveryResult> SendToConversationAsync(WorkspaceId workspace, string conversationId, Reply reply, CancellationToken cancellationToken) =>
        SendAsync(workspace, "conversation:" + conversationId, reply, cancellationToken);

    private async Task<DeliveryResult> SendAsync(WorkspaceId workspace, string recipient, Reply reply, CancellationToken cancellationToken)
    {
        if (BeforeSend is { } before)
        {
            await before(workspace, recipient, cancellationToken);
        }
        if (_scripted.TryGetValue(recipient, out var queue) && queue.TryDequeue(out var outcome) && outcome != DeliveryOutcome.Sent)
        {
            return new DeliveryResult(outcome, outcome == DeliveryOutcome.PermanentFailure ? "user_not_found" : "ratelimited");
        }
        _sent.Enqueue(new Sent(workspace, recipient, reply));
        return DeliveryResult.Sent;
    }
}
