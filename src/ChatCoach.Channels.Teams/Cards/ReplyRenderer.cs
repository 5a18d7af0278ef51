using System.Text.Json;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Chooses the message form: a reply of plain paragraphs (no mentions, no tables, no buttons) is
/// sent as markdown text, which reads naturally in chat; anything richer is one Adaptive Card with
/// the plain text as its notification summary.
/// </summary>
internal static class ReplyRenderer
{
    public static Activity Message(Reply reply, PeopleNames names)
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
            Attachments = [new Attachment(AdaptiveCardRenderer.ContentType, JsonSerializer.SerializeToElement(card))],
        };
    }

    private static bool IsPlainText(Reply reply) =>
        reply.Parts.All(p => p is Paragraph paragraph && !paragraph.Inlines.OfType<Mention>().Any());

    private static string Markdown(Paragraph paragraph) => string.Concat(paragraph.Inlines.Select(inline => inline switch
    {
        TextRun t => t.Text,
        Strong s => $"**{s.Text}**",
        _ => "",
    }));

    private static string Summary(Reply reply)
    {
        var text = reply.PlainText;
        return string.IsNullOrWhiteSpace(text) ? "ChatCoach" : text.Length <= 200 ? text : text[..200];
    }
}
