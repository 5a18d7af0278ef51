using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>Records what it was asked and answers with a scripted reply.</summary>
public sealed class ScriptedCoach : ICoach
{
    public ConcurrentQueue<(TurnContext Turn, string Text)> Asked { get; } = new();

    public Func<TurnContext, string, Reply> Answer { get; set; } = (_, text) => Reply.Text($"You said: {text}");

    /// <summary>The typed actions of buttons pressed and forms answered.</summary>
    public ConcurrentQueue<(TurnContext Turn, ChatAction Action)> Pressed { get; } = new();

    public Task<Reply> ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        Asked.Enqueue((turn, text));
        return Task.FromResult(Answer(turn, text));
    }

    public Task<Reply> ActAsync(TurnContext turn, ChatAction action, CancellationToken cancellationToken)
    {
        Pressed.Enqueue((turn, action));
        return Task.FromResult(Reply.Text($"You pressed: {action.Verb}"));
    }
}
