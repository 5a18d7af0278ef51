using System.Globalization;
using System.Text;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Console;

/// <summary>Renders a reply as terminal text: marked paragraphs, aligned tables, numbered choices, pictures as a saved file's path and a sparkline.</summary>
public static class ConsoleRenderer
{
    /// <param name="savePicture">Writes a picture and returns its path; without it a picture is shown by its title only.</param>
    public static string Render(Reply reply, Func<Picture, string>? savePicture = null)
    {
        var text = new StringBuilder();
        foreach (var part in reply.Parts)
        {
            if (text.Length > 0)
            {
                text.AppendLine();
            }
            text.Append(part switch
            {
                Paragraph p => Paragraph(p),
                StandingTable s => ConsoleTables.Standing(s.Standing),
                HistoryTable h => ConsoleTables.History(h),
                OwnerTable o => ConsoleTables.Owners(o),
                Choices c => Choices(c),
                InputRequest i => $"{i.Prompt} Reply with: record <value> for {i.IndicatorKey} for {i.Period}",
                Picture p => savePicture is null ? $"[picture: {p.Title}]\n  {p.TextLine}" : $"Picture saved to {savePicture(p)}\n  {p.TextLine}",
                _ => "",
            });
        }
        // A terminal obeys what it is sent: ESC starts colour and cursor commands, a carriage return
        // overwrites the line. Nothing the renderer writes needs either, so they go from the whole answer.
        return ShownText.Clean(text.ToString()).TrimEnd();
    }

    public static string Who(Domain.People.UserRef user) => Domain.People.ApiCaller.Describe(user) ?? "@" + user.LocalId;

    public static string Day(DateTimeOffset at) => at.ToString("MMM d", CultureInfo.InvariantCulture);

    private static string Paragraph(Paragraph paragraph)
    {
        var mark = paragraph.Tone switch
        {
            Tone.Success => "✓ ",
            Tone.Warning => "! ",
            Tone.Refusal => "✗ ",
            _ => "",
        };
        return mark + string.Concat(paragraph.Inlines.Select(i => i switch
        {
            TextRun t => t.Text,
            Strong s => s.Text,
            Mention m => Who(m.User),
            _ => "",
        }));
    }

    /// <summary>Answers are numbered; navigation is shown by the word that does it, so no digit ever means "pause".</summary>
    private static string Choices(Choices choices)
    {
        var answers = Domain.Conversation.Choice.Answers(choices).Select((o, i) => $"[{i + 1}] {o.Label}");
        var navigation = choices.Options.Where(o => o.Navigation).Select(o => $"[{o.Utterance}] {o.Label}");
        return choices.Prompt + " " + string.Join("  ", answers.Concat(navigation));
    }
}
