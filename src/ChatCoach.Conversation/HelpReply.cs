using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation;

/// <summary>What the bot can do, for "help" and for any turn that has nothing better to say.</summary>
public static class HelpReply
{
    public static Reply Help() => Reply.Of(
        new Paragraph([new TextRun("I keep the scoreboard honest. You can ask me:")], Tone.Plain),
        new Paragraph([new TextRun(
            "• where do we stand — every indicator, its latest value and who recorded it\n" +
            "• what's missing — values still due for the reporting period, by owner\n" +
            "• record 412 for cost per opp (for November 2026) — or \"October win rate was 31%\"\n" +
            "• history of win rate — every value and correction\n" +
            "• who owns win rate — or \"who owns what\"\n" +
            "• make @dana the owner of win rate, set the target for win rate to 35% (admins)")], Tone.Plain),
        new Choices("Try one:", [new Choice("Where do we stand", "where do we stand"), new Choice("What's missing", "what's missing"), new Choice("Who owns what", "who owns what")]));
}
