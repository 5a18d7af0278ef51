using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Planner.Answers;

/// <summary>
/// The choices the bot last offered in each conversation, so the next message can answer them in
/// plain words ("yes", "the second one", "not now"). Held in memory, per process, for a while: a
/// restart or a reply on another host only means the answer is read as a message of its own
/// (docs/decisions/0011).
/// </summary>
public sealed class OfferedChoices(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);
    private const int MaxConversations = 10_000;

    private readonly ConcurrentDictionary<(WorkspaceId, string), (Choices Offer, DateTimeOffset At)> _offers = new();

    /// <summary>What <paramref name="text"/> says to the choices last offered here, if it answers them.</summary>
    public AnswerToOffer? Answer(TurnContext turn, string text) =>
        _offers.TryGetValue(Key(turn), out var offered) && clock.GetUtcNow() - offered.At < KeptFor
            ? OfferAnswers.Read(text, offered.Offer)
            : null;

    /// <summary>Remembers the reply's choices; a reply without choices ends the previous offer.</summary>
    public void Remember(TurnContext turn, Reply reply)
    {
        if (reply.Parts.OfType<Choices>().LastOrDefault() is { } offer)
        {
            if (_offers.Count >= MaxConversations)
            {
                Forget(clock.GetUtcNow() - KeptFor);
            }
            _offers[Key(turn)] = (offer, clock.GetUtcNow());
        }
        else
        {
            _offers.TryRemove(Key(turn), out _);
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var stale in _offers.Where(o => o.Value.At < before).Select(o => o.Key).ToList())
        {
            _offers.TryRemove(stale, out _);
        }
    }

    private static (WorkspaceId, string) Key(TurnContext turn) => (turn.Workspace, turn.ConversationId);
}
