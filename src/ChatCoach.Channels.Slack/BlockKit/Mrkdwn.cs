using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>
/// Slack's mrkdwn, used for a message's top-level <c>text</c> as much as for its blocks: every
/// control sequence (<c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c>, <c>&lt;url|label&gt;</c>) is
/// written between &lt; and &gt;, so escaping &amp;, &lt; and &gt; makes any text inert; only
/// the mentions the reply itself carries are written live
/// (https://api.slack.com/reference/surfaces/formatting#escaping). Slack has no escape for
/// *bold*, _italic_ or ~strike~: those stay cosmetic, they cannot notify anyone or hide a link.
/// </summary>
internal static partial class Mrkdwn
{
    public static string Escape(string text) => ShownText.Clean(text).Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A Slack user as a live mention; anyone else, or an id that is not Slack's shape, as inert text.</summary>
    public static string Who(UserRef user) =>
        ApiCaller.Describe(user) is { } integration ? Escape(integration)
        : user.Channel == "slack" && SlackUserId().IsMatch(user.LocalId) ? $"<@{user.LocalId}>" : Escape("@" + user.LocalId);

    [System.Text.RegularExpressions.GeneratedRegex("^[UWB][A-Z0-9]{1,30}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SlackUserId();

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
