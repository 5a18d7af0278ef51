using System.Text.RegularExpressions;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// What a person typed, read back from Slack's wire form. Slack writes the mentions and links it
/// recognised between &lt; and &gt; and sends a typed &amp;, &lt; and &gt; as the entities
/// &amp;amp;, &amp;lt; and &amp;gt; (https://api.slack.com/reference/surfaces/formatting#escaping),
/// in message text and in slash command text alike. One pass reads both: a control sequence is
/// translated, an entity decoded, and decoded text is never read again, so a typed "&amp;lt;@U1&amp;gt;"
/// stays the characters the person typed and "R&amp;D spend" is stored as "R&amp;D spend".
/// </summary>
public static partial class SlackText
{
    [GeneratedRegex(@"<(?<inner>[^<>]*)>|&(?<entity>amp|lt|gt);", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SequenceOrEntity();

    [GeneratedRegex(@"^@(?<id>[UW][A-Z0-9]+)(\|.*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UserMention();

    /// <summary>
    /// Drops the bot's own mention and writes other people's as &lt;@slack:U…&gt; for the planner;
    /// links and channels become the words they show; entities become the characters typed.
    /// </summary>
    public static string Read(string text, string botUserId) => SequenceOrEntity().Replace(text, m => m.Groups["entity"].Success
        ? m.Groups["entity"].Value switch { "amp" => "&", "lt" => "<", _ => ">" }
        : Sequence(Decode(m.Groups["inner"].Value), botUserId)).Trim();

    private static string Sequence(string inner, string botUserId)
    {
        if (UserMention().Match(inner) is { Success: true } mention)
        {
            return mention.Groups["id"].Value == botUserId ? "" : $"<@slack:{mention.Groups["id"].Value}>";
        }
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? inner : inner[..bar];
        var label = bar < 0 ? null : inner[(bar + 1)..];
        return target switch
        {
            // <#C123|general> is a channel, <!here> and <!subteam^S1|@team> are broadcasts: said as Slack shows them.
            _ when target.StartsWith('#') => "#" + (label ?? target[1..]),
            _ when target.StartsWith('!') => label ?? "@" + target[1..].Split('^')[0],
            // A link Slack made from a typed URL or a labelled link: the words the person saw.
            _ => label ?? (target.StartsWith("mailto:", StringComparison.Ordinal) ? target["mailto:".Length..] : target),
        };
    }

    /// <summary>Inside a control sequence Slack entity-encodes too (a link's label, a URL's query).</summary>
    private static string Decode(string inner) =>
        inner.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
}
