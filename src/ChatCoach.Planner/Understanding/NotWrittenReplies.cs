using ChatCoach.Domain.Conversation;

namespace ChatCoach.Planner.Understanding;

/// <summary>The word that nothing was kept, in front of the answer to the question the message asked.</summary>
public static class NotWrittenReplies
{
    public static Reply Prefix(Mood mood, Reply answer) => new([Reply.Text(Why(mood)).Parts[0], .. answer.Parts]);

    private static string Why(Mood mood) => mood switch
    {
        Mood.Hypothetical => "That sounds like a what-if, so I haven't recorded anything. Here is what the scoreboard has:",
        Mood.Negation => "I haven't recorded anything. Here is what the scoreboard has:",
        _ => "I haven't recorded anything — that reads as a question. Here is what the scoreboard has:",
    };
}
