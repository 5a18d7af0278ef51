using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Conversation.Answers;

/// <summary>
/// The choices the bot last offered in each conversation, so the next message can answer them in
/// plain words ("yes", "the second one", "not now"). Held in memory, per process, for a while: a
/// restart or a reply on another host only means the answer is read as a message of its own
/// (docs/decisions/0011).
/// </summary>
/// <remarks>
/// Every turn that offers a choice passes through here, so each operation is constant time: the
/// offers are kept in the order they were made, and whatever is too old or beyond the cap is
/// dropped from the oldest end. (An earlier version scanned every offer on each turn once the cap
/// was reached, which under load cost a fifth of a turn: decision 0016.)
/// </remarks>
public sealed class OfferedChoices(TimeProvider clock, int maxConversations = OfferedChoices.DefaultMaxConversations)
{
    public const int DefaultMaxConversations = 10_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);

    private sealed record Offer((WorkspaceId, string) Key, Choices Choices, DateTimeOffset At);

    private readonly Lock _gate = new();
    private readonly Dictionary<(WorkspaceId, string), LinkedListNode<Offer>> _byConversation = [];
    private readonly LinkedList<Offer> _oldestFirst = new();

    /// <summary>How many conversations have an offer remembered.</summary>
    public int Count
    {
        get { lock (_gate) { return _byConversation.Count; } }
    }

    /// <summary>What <paramref name="text"/> says to the choices last offered here, if it answers them.</summary>
    public AnswerToOffer? Answer(TurnContext turn, string text)
    {
        Choices? offered;
        lock (_gate)
        {
            offered = _byConversation.TryGetValue(Key(turn), out var node) && !IsStale(node.Value, clock.GetUtcNow())
                ? node.Value.Choices
                : null;
        }
        return offered is null ? null : OfferAnswers.Read(text, offered);
    }

    /// <summary>Remembers the reply's choices; a reply without choices ends the previous offer.</summary>
    public void Remember(TurnContext turn, Reply reply)
    {
        var key = Key(turn);
        var choices = reply.Parts.OfType<Choices>().LastOrDefault();
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            RemoveLocked(key);
            if (choices is not null)
            {
                _byConversation[key] = _oldestFirst.AddLast(new Offer(key, choices, now));
            }
            DropOldLocked(now);
        }
    }

    private void DropOldLocked(DateTimeOffset now)
    {
        while (_oldestFirst.First is { } oldest && (_byConversation.Count > maxConversations || IsStale(oldest.Value, now)))
        {
            RemoveLocked(oldest.Value.Key);
        }
    }

    private void RemoveLocked((WorkspaceId, string) key)
    {
        if (_byConversation.Remove(key, out var node))
        {
            _oldestFirst.Remove(node);
        }
    }

    private static bool IsStale(Offer offer, DateTimeOffset now) => now - offer.At >= KeptFor;

    private static (WorkspaceId, string) Key(TurnContext turn) => (turn.Workspace, turn.ConversationId);
}
