using System.Text;
using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Plain text made inert for the two places Teams reads markup. Both read markdown (a card's
/// TextBlock supports bold, italic, lists and links; a markdown message more), so the markdown
/// punctuation is backslash-escaped (CommonMark's escape, which Teams' renderers honour) and a
/// list or heading marker at the start of a line loses its meaning. A message's text is also read
/// as HTML (&lt;at&gt; mentions, tags), so there &amp;, &lt; and &gt; become entities; a card shows
/// entities literally on some clients, so there &lt; and &gt; are backslash-escaped instead, which
/// is enough: a card mention only exists where its text matches an entity the bot itself added
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format).
/// </summary>
internal static partial class TeamsMarkdown
{
    // What makes a line a list item, a heading or a rule: "- ", "+ ", "1. ", "1) ", "# ", "---", "===".
    // (A quote's ">" and the "*" and "_" forms are escaped everywhere already.) "-5%" stays as it is.
    [GeneratedRegex(@"^([ \t]*)(?<marker>[-+](?=\s|$)|#{1,6}(?=\s|$)|\d{1,9}[.)](?=\s|$)|-{2,}|={2,})", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineMarker();

    /// <summary>For a message sent with textFormat "markdown".</summary>
    public static string MessageText(string text) => Escape(text, html: true);

    /// <summary>For an Adaptive Card TextBlock.</summary>
    public static string CardText(string text) => Escape(text, html: false);

    private static string Escape(string text, bool html)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in ShownText.Clean(text))
        {
            escaped.Append(c switch
            {
                '&' when html => "&amp;",
                '<' when html => "&lt;",
                '>' when html => "&gt;",
                '\\' or '*' or '_' or '`' or '~' or '[' or ']' or '<' or '>' or '|' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return LineMarker().Replace(escaped.ToString(), m => m.Groups[1].Value + Marker(m.Groups["marker"].Value));
    }

    private static string Marker(string marker) => char.IsDigit(marker[0])
        ? marker[..^1] + "\\" + marker[^1]
        : "\\" + marker;
}
