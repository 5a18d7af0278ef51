using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Console;

/// <summary>In the console, "@dana" names the local user local:dana.</summary>
public static partial class ConsoleMentions
{
    // Not preceded by a word character, so e-mail addresses stay as they are.
    [GeneratedRegex(@"(?<![\w<])@(?<name>[A-Za-z][\w.\-]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LocalMention();

    public static string ToNeutral(string line) =>
        LocalMention().Replace(line, m => MentionSyntax.Write(UserRef.Local(m.Groups["name"].Value.TrimEnd('.'))));
}
