using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Planner;

/// <summary>
/// When a burst left a question waiting in the inbox, its answer says so first (decision 0016)
/// instead of arriving minutes late as if nothing happened.
/// </summary>
public static class LateAnswer
{
    /// <summary>Waits longer than this are worth an apology; shorter ones nobody notices in a chat.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(30);

    public static Reply Own(Reply reply, DateTimeOffset now) =>
        Arrival.At is { } askedAt && now - askedAt > Threshold
            ? new Reply([Notice(now - askedAt), .. reply.Parts])
            : reply;

    private static Paragraph Notice(TimeSpan waited) =>
        new([new TextRun($"Sorry this took {Describe(waited)}: a lot of questions reached me at once and yours waited its turn.")], Tone.Warning);

    private static string Describe(TimeSpan waited) =>
        waited < TimeSpan.FromMinutes(2) ? $"{(int)waited.TotalSeconds} seconds" : $"{(int)waited.TotalMinutes} minutes";
}
