namespace ChatCoach.Domain.Conversation;

/// <summary>
/// A file in a reply: the scoreboard's CSV export. Slack uploads it into the conversation (and
/// thread); Teams offers it with a file-consent card in a personal chat. <see cref="Unsent"/> says
/// in words where else to get it, for wherever the file can't be sent (a refused or failed upload,
/// a private /coach answer, a Teams channel).
/// </summary>
public sealed record FileAttachment(byte[] Bytes, string FileName, string ContentType, string Title, string Unsent) : ReplyPart;
