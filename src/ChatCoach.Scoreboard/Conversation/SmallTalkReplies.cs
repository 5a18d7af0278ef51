using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.Answers;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>Short replies to manners and small talk, and to a "no" to something the bot offered.</summary>
public static class SmallTalkReplies
{
    public static Reply For(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Greeting => Reply.Text("Hello! Ask me “where do we stand” or “what's missing” whenever you like."),
        SmallTalkKind.Thanks => Reply.Text("You're welcome."),
        SmallTalkKind.Acknowledged => Reply.Text("👍"),
        SmallTalkKind.NeverMind => Reply.Text("No problem — dropped."),
        SmallTalkKind.Undo => Reply.Text("Nothing is ever deleted from the scoreboard, so there is nothing to undo here. To fix a value, record the right number for the same month: it becomes a correction and the old one stays in the history."),
        SmallTalkKind.Farewell => Reply.Text("Bye for now — I'll remind owners when values are due."),
        SmallTalkKind.Yes => Reply.Text("I haven't asked you anything just now. Try “where do we stand” or “what's missing”."),
        _ => Reply.Text("All right."),
    };
}
