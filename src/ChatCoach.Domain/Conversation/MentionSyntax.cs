using System.Text.RegularExpressions;
using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// The channel-neutral way a message names a person: <c>&lt;@slack:U123&gt;</c>. Each channel rewrites
/// its native mentions into this form, so the planner reads people the same way everywhere.
/// </summary>
public static partial class MentionSyntax
{
    [GeneratedRegex(@"<@(?<id>[a-z]+:[^\s>]+)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public static string Write(UserRef user) => $"<@{user.Id}>";

    public static IReadOnlyList<UserRef> Find(string text) =>
        Pattern().Matches(text)
            .Select(m => UserRef.TryParse(m.Groups["id"].Value, out var user) ? user : null)
            .OfType<UserRef>()
            .ToList();

    public static string Strip(string text) => Pattern().Replace(text, " ");
}
