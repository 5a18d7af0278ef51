using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>Slack's mrkdwn: &amp;, &lt; and &gt; escaped; Slack users as native mentions (https://api.slack.com/reference/surfaces/formatting).</summary>
internal static class Mrkdwn
{
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Who(UserRef user) => user.Channel == "slack" ? $"<@{user.LocalId}>" : Escape("@" + user.LocalId);

    public static string Of(Paragraph paragraph)
    {
        var mark = paragraph.Tone switch
        {
            Tone.Success => ":white_check_mark: ",
            Tone.Warning => ":warning: ",
            Tone.Refusal => ":no_entry: ",
            _ => "",
        };
        return mark + string.Concat(paragraph.Inlines.Select(i => i switch
        {
            TextRun t => Escape(t.Text),
            Strong s => $"*{Escape(s.Text)}*",
            Mention m => Who(m.User),
            _ => "",
        }));
    }
}
