using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>Records what it was asked and answers with a scripted reply.</summary>
public sealed class ScriptedCoach : ICoach
{
    public ConcurrentQueue<(TurnContext Turn, string Text)> Asked { get; } = new();

    public Func<TurnContext, string, Reply> Answer { get; set; } = (_, text) => Reply.Text($"You said: {text}");

    public Task<Reply> ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        Asked.Enqueue((turn, text));
        return Task.FromResult(Answer(turn, text));
    }
}
