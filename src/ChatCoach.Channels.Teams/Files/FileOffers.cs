using System.Buffers.Text;
using System.Security.Cryptography;
using ChatCoach.Channels.Teams.Inbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Channels.Teams.Files;

/// <summary>
/// Turns the files in a reply into consent cards. Teams lets a bot send files only in a personal
/// chat and only after the person agrees, so the bytes wait in the pending-file store under a random
/// id, bound to the workspace, the conversation and the person who asked. Elsewhere the file
/// becomes a sentence pointing to the personal chat.
/// </summary>
internal sealed class FileOffers(IPendingFileStore pending, TimeProvider clock)
{
    /// <summary>How long an offer can be answered: long enough to come back to, short enough not to pile up.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <returns>The reply without its files, and the consent cards to send with it.</returns>
    public async Task<(Reply Answer, IReadOnlyList<Attachment> Offers)> OfferAsync(Activity activity, Reply reply, CancellationToken cancellationToken)
    {
        var files = reply.Parts.OfType<FileAttachment>().ToList();
        if (files.Count == 0)
        {
            return (reply, []);
        }
        var turn = TeamsTurns.TurnOf(activity);
        if (turn is not { IsDirect: true })
        {
            return (new Reply([.. reply.Parts.Select(p => p is FileAttachment f ? OnlyInPersonalChat(f) : p)]), []);
        }
        var offers = new List<Attachment>();
        foreach (var file in files)
        {
            var id = NewId();
            var now = clock.GetUtcNow();
            await pending.AddAsync(new PendingFile(id, turn.Workspace, turn.ConversationId, turn.Caller, file.FileName, file.ContentType, file.Bytes, file.Unsent, now, now + Lifetime), cancellationToken);
            offers.Add(FileCards.Consent(id, file, Lifetime));
        }
        return (new Reply([.. reply.Parts.Where(p => p is not FileAttachment)]), offers);
    }

    // 256 bits from the OS generator: the id is the only thing standing between an offer and a guesser.
    private static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static Paragraph OnlyInPersonalChat(FileAttachment file) => new(
        [new TextRun($"Teams lets me send files only in our personal chat: ask me the same there and I'll offer you the {file.Title.ToLowerInvariant()} as a file. {file.Unsent}")],
        Tone.Warning);
}
