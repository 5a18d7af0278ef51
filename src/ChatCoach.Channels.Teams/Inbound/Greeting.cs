using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Inbound;

/// <summary>What the bot says once, where it is installed.</summary>
internal static class Greeting
{
    public static Reply Reply { get; } = Domain.Conversation.Reply.Of(
        new Paragraph([
            new TextRun("Hi, I'm "), new Strong("ChatCoach"),
            new TextRun(". I keep our scoreboard honest: ask me where we stand, tell me a number, or ask what's missing."),
        ]),
        new Choices("Try one:", [
            new Choice("Where do we stand", "where do we stand"),
            new Choice("What's missing", "what's missing"),
            new Choice("Help", "help"),
        ]));
}
