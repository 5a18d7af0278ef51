using ChatCoach.Domain.Conversation;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>The word that nothing was kept, in front of the answer to the question the message asked.</summary>
public static class NotWrittenReplies
{
    public static Reply Prefix(Mood mood, Reply answer) => new([Reply.Text(Why(mood)).Parts[0], .. answer.Parts]);

    /// <summary>For a change to the board that was asked about, not asked for.</summary>
    public static Reply NothingChanged(Mood mood) => Reply.Text(mood == Mood.Hypothetical
        ? "That sounds like a what-if, so I haven't changed anything. Say it as a plain request when you want it done."
        : "I haven't changed anything — that reads as a question. Say it as a plain request when you want it done.");

    private static string Why(Mood mood) => mood switch
    {
        Mood.Hypothetical => "That sounds like a what-if, so I haven't recorded anything. Here is what the scoreboard has:",
        Mood.Negation => "I haven't recorded anything. Here is what the scoreboard has:",
        _ => "I haven't recorded anything — that reads as a question. Here is what the scoreboard has:",
    };
}
