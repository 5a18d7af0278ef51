using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Chooses the message form: a reply of plain paragraphs (no mentions, no tables, no buttons) is
/// sent as markdown text, which reads naturally in chat; anything richer is one Adaptive Card with
/// the plain text as its notification summary. Pictures travel as inline image attachments with a
/// data: URI (Teams renders those in personal chats, group chats and channels, and base64 images do
/// not count toward the bot message size limit), with their alt text written under the answer.
/// </summary>
internal static class ReplyRenderer
{
    /// <summary>Beyond this a picture is sent in words only: Teams refuses very large activities with a 413.</summary>
    public const int MaxInlineImageBytes = 256 * 1024;

    /// <param name="inlineImages">False after Teams refused the message as too large: pictures are then sent in words.</param>
    public static Activity Message(Reply reply, PeopleNames names, bool inlineImages = true)
    {
        var pictures = reply.Parts.OfType<Picture>().Where(p => inlineImages && p.Png.Length <= MaxInlineImageBytes).ToList();
        var message = Render(new Reply([.. reply.Parts.Select(part => part switch
        {
            Picture p => InWords(p, pictures.Contains(p)),
            FileAttachment f => InWords(f),
            _ => part,
        })]), names);
        return pictures.Count == 0 ? message : message with { Attachments = [.. message.Attachments ?? [], .. pictures.Select(Image)] };
    }

    private static Attachment Image(Picture picture) =>
        new("image/png", ContentUrl: "data:image/png;base64," + Convert.ToBase64String(picture.Png), Name: picture.FileName);

    private static Paragraph InWords(Picture picture, bool shown) =>
        new([new TextRun(shown ? $"In words: {picture.AltText}" : $"{picture.Title} (the picture was too large to send here). In words: {picture.AltText}")]);

    // A file is offered with a consent card where that is possible (FileOffers takes it out of the
    // reply first); one that reaches here, such as in a message the bot sends on its own, is said in words.
    private static Paragraph InWords(FileAttachment file) => new([new TextRun(file.Unsent)], Tone.Warning);

    private static Activity Render(Reply reply, PeopleNames names)
    {
        if (IsPlainText(reply))
        {
            var text = string.Join("\n\n", reply.Parts.OfType<Paragraph>().Select(Markdown));
            return new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
        }
        var card = AdaptiveCardRenderer.Render(reply, names);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = Summary(reply),
            Attachments = [new Attachment(AdaptiveCardRenderer.ContentType, card)],
        };
    }

    private static bool IsPlainText(Reply reply) =>
        reply.Parts.All(p => p is Paragraph paragraph && !paragraph.Inlines.OfType<Mention>().Any());

    private static string Markdown(Paragraph paragraph) => string.Concat(paragraph.Inlines.Select(inline => inline switch
    {
        TextRun t => TeamsMarkdown.MessageText(t.Text),
        Strong s => $"**{TeamsMarkdown.MessageText(s.Text)}**",
        _ => "",
    }));

    private static string Summary(Reply reply)
    {
        // A notification is plain text: nothing to escape, but no control characters either.
        var text = ShownText.Clean(reply.PlainText);
        return string.IsNullOrWhiteSpace(text) ? "ChatCoach" : text.Length <= 200 ? text : text[..200];
    }
}
