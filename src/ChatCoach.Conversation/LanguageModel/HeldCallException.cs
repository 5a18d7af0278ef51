using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// Ends a model turn at a proposed call the embedded planner holds back (a write it asks about
/// first, or one it will not do at all): the turn's answer is <see cref="Instead"/>.
/// </summary>
public sealed class HeldCallException(Reply instead) : Exception("A proposed call was held back.")
{
    public Reply Instead { get; } = instead;
}
