using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatCoach.TestSupport;

/// <summary>
/// Reads rendered text the way each surface would and lists what it would obey rather than show:
/// the oracle for "what users type is shown, never obeyed". Each reader is deliberately simple and
/// strict: anything that could start a control sequence counts, whether or not a client would
/// complete it.
/// </summary>
public static partial class LiveMarkup
{
    /// <summary>
    /// Slack mrkdwn (a message's text, a mrkdwn block): every control sequence is between &lt; and
    /// &gt;. Only a mention of one of <paramref name="allowedUsers"/> may be live.
    /// </summary>
    public static IReadOnlyList<string> InSlack(string text, params string[] allowedUsers)
    {
        var found = new List<string>();
        foreach (Match m in SlackSequence().Matches(text))
        {
            if (!allowedUsers.Any(u => m.Value == $"<@{u}>"))
            {
                found.Add(m.Value);
            }
        }
        found.AddRange(Stray(SlackSequence().Replace(text, ""), "<", ">"));
        found.AddRange(ForeignEntities(text, "amp", "lt", "gt"));
        return [.. found, .. Controls(text)];
    }

    /// <summary>A Teams message in markdown: HTML tags, markdown links and emphasis, list markers.</summary>
    public static IReadOnlyList<string> InTeamsMessage(string text) =>
        [.. Stray(text, "<", ">"), .. ForeignEntities(text, "amp", "lt", "gt"), .. Markdown(text), .. Controls(text)];

    /// <summary>
    /// An Adaptive Card TextBlock: markdown links and emphasis, list markers, and &lt;at&gt; tags
    /// other than the <paramref name="allowedMentions"/> the card declares.
    /// </summary>
    public static IReadOnlyList<string> InTeamsCard(string text, params string[] allowedMentions)
    {
        foreach (var mention in allowedMentions)
        {
            text = text.Replace(mention, "", StringComparison.Ordinal);
        }
        return [.. Unescaped(text, '<'), .. Unescaped(text, '>'), .. Markdown(text), .. Controls(text)];
    }

    /// <summary>
    /// Every text of one kind in a rendered JSON surface ("mrkdwn", "plain_text", "TextBlock"), as the
    /// platform reads it (the JSON form would write &lt; as \u003C).
    /// </summary>
    public static IEnumerable<string> Texts(JsonNode? node, string type) => node switch
    {
        JsonObject o when o["type"]?.ToString() == type => [o["text"]!.ToString()],
        JsonObject o => o.SelectMany(p => Texts(p.Value, type)),
        JsonArray a => a.SelectMany(n => Texts(n, type)),
        _ => [],
    };

    /// <summary>A terminal: control characters (ESC begins every ANSI sequence) and direction overrides.</summary>
    public static IReadOnlyList<string> InConsole(string text) => Controls(text);

    /// <summary>
    /// The renderers' own bold is "**" written unescaped; once every typed "*" is escaped no typed
    /// text can form that, so unescaped pairs are taken as the renderer's and any other mark counts.
    /// </summary>
    private static IEnumerable<string> Markdown(string text)
    {
        text = RendererBold().Replace(text, "$1");
        foreach (var c in "*_`~[]")
        {
            foreach (var hit in Unescaped(text, c))
            {
                yield return hit;
            }
        }
        foreach (Match m in ListMarker().Matches(text))
        {
            yield return "line starting " + m.Value.Trim();
        }
    }

    /// <summary>Occurrences of <paramref name="c"/> not preceded by an odd run of backslashes.</summary>
    private static IEnumerable<string> Unescaped(string text, char c)
    {
        for (var i = text.IndexOf(c, StringComparison.Ordinal); i >= 0; i = text.IndexOf(c, i + 1))
        {
            var slashes = 0;
            while (i - slashes - 1 >= 0 && text[i - slashes - 1] == '\\')
            {
                slashes++;
            }
            if (slashes % 2 == 0)
            {
                yield return $"unescaped {c} at {i}";
            }
        }
    }

    private static IEnumerable<string> Stray(string text, params string[] marks) =>
        marks.Where(m => text.Contains(m, StringComparison.Ordinal)).Select(m => "raw " + m);

    /// <summary>An ampersand that does not start one of the entities the renderer writes could start any other.</summary>
    private static IEnumerable<string> ForeignEntities(string text, params string[] entities)
    {
        for (var i = text.IndexOf('&', StringComparison.Ordinal); i >= 0; i = text.IndexOf('&', i + 1))
        {
            if (!entities.Any(e => string.CompareOrdinal(text, i + 1, e + ";", 0, e.Length + 1) == 0))
            {
                yield return $"bare & at {i}";
            }
        }
    }

    private static IReadOnlyList<string> Controls(string text) =>
        [.. text.Where(c => c is not '\n' and not '\t' && (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
            .Select(c => $"control U+{(int)c:X4}")];

    [GeneratedRegex(@"(?<!\\)((?:\\\\)*)\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex RendererBold();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackSequence();

    [GeneratedRegex(@"^[ \t]*([-+](\s|$)|#{1,6}(\s|$)|\d{1,9}[.)](\s|$)|-{2,}|={2,})", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
