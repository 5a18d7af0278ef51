namespace ChatCoach.Domain.Conversation;

/// <summary>
/// An image in a reply: a PNG chart with alt text that says its numbers in words. Each channel
/// shows it natively (Slack uploads it into the thread, Teams attaches it inline, the console saves
/// it and prints the path). <see cref="TextLine"/> is a one-line text stand-in (a sparkline) for
/// where no image can be shown.
/// </summary>
public sealed record Picture(byte[] Png, int Width, int Height, string FileName, string Title, string AltText, string TextLine) : ReplyPart;
