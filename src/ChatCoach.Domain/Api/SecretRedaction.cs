using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Domain.Api;

/// <summary>
/// A token's secret is shown once, to the admin who made it, and written nowhere: every place that
/// keeps a reply (the inbox row a retry re-sends, the model's conversation memory) keeps it
/// through <see cref="WithoutSecrets"/>. A retry of a lost answer then says the secret was not
/// kept, and the admin revokes and makes another token.
/// </summary>
public static partial class SecretRedaction
{
    public const string Withheld = "cc_… (not kept: if you did not copy it, revoke the token and make another)";

    [GeneratedRegex(@"\bcc_[A-Za-z0-9_-]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex Secret();

    public static Reply WithoutSecrets(Reply reply) =>
        reply.Parts.Any(HasSecret) ? reply with { Parts = [.. reply.Parts.Select(Redact)] } : reply;

    private static bool HasSecret(ReplyPart part) => part is Paragraph p && Secret().IsMatch(p.PlainText);

    private static ReplyPart Redact(ReplyPart part) => part is Paragraph p && HasSecret(p)
        ? p with { Inlines = [.. p.Inlines.Select(i => i switch
            {
                TextRun t => new TextRun(Secret().Replace(t.Text, Withheld)),
                Strong s => new Strong(Secret().Replace(s.Text, Withheld)),
                _ => i,
            })] }
        : part;
}
