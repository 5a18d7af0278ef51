using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Conversation;

/// <summary>
/// When a burst left a question waiting in the inbox, its answer says so first (decision 0016)
/// instead of arriving minutes late as if nothing happened.
/// </summary>
public static class LateAnswer
{
    /// <summary>Waits longer than this are worth an apology; shorter ones nobody notices in a chat.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(30);

    public static Reply Own(Reply reply, DateTimeOffset now) => Own(reply, now, Busy);

    private static Reply Own(Reply reply, DateTimeOffset now, string why) =>
        TurnAmbient.Current.ArrivedAt is { } askedAt && now - askedAt > Threshold
            ? new Reply([Notice(now - askedAt, why), .. reply.Parts])
            : reply;

    private const string Busy = "a lot of questions reached me at once and yours waited its turn.";

    private const string Undelivered = "my answer could not be delivered until now.";

    /// <summary>
    /// A reply composed on an earlier try, sent now: its wait is told as of now (an earlier notice,
    /// with the wait it had then, is replaced), so an answer delayed by a platform outage says so.
    /// </summary>
    public static Reply Retold(Reply reply, DateTimeOffset now) =>
        Own(reply.Parts is [Paragraph { Inlines: [TextRun { Text: var first }, ..] }, ..] && first.StartsWith(NoticeStart, StringComparison.Ordinal)
            ? new Reply([.. reply.Parts.Skip(1)]) : reply, now, Undelivered);

    private const string NoticeStart = "Sorry this took ";

    private static Paragraph Notice(TimeSpan waited, string why) =>
        new([new TextRun($"{NoticeStart}{Describe(waited)}: {why}")], Tone.Warning);

    private static string Describe(TimeSpan waited) =>
        waited < TimeSpan.FromMinutes(2) ? $"{(int)waited.TotalSeconds} seconds"
        : waited < TimeSpan.FromHours(2) ? $"{(int)waited.TotalMinutes} minutes"
        : $"{(int)waited.TotalHours} hours";
}
