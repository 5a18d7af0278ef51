using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Delivery;

/// <summary>
/// A file the bot offered but may not send until the person says yes (Teams' file-consent card).
/// Only its <see cref="Id"/> travels in the offer, so the bytes never leave the bot before consent.
/// </summary>
/// <param name="Id">Random and unguessable: whoever holds it could otherwise claim someone else's file.</param>
/// <param name="Unsent">The file's own words for where else to get it, kept for when the upload fails.</param>
public sealed record PendingFile(
    string Id,
    WorkspaceId Workspace,
    string ConversationId,
    UserRef RequestedBy,
    string FileName,
    string ContentType,
    byte[] Bytes,
    string Unsent,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);

/// <summary>Who answers an offer, where: an offer is only ever consumed by the person it was made to, in that conversation.</summary>
public sealed record PendingFileClaim(string Id, WorkspaceId Workspace, string ConversationId, UserRef By);

/// <summary>
/// Offered files awaiting an answer. Each is used at most once, before it expires, and only by
/// the person who asked for it in the conversation where they asked.
/// </summary>
public interface IPendingFileStore
{
    Task AddAsync(PendingFile file, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the file away atomically (accepted or declined alike). Null when the id is unknown,
    /// already used, expired, or the claim's workspace, conversation or person do not match; a
    /// mismatched claim leaves the file for its rightful owner.
    /// </summary>
    Task<PendingFile?> TryConsumeAsync(PendingFileClaim claim, DateTimeOffset now, CancellationToken cancellationToken);
}
