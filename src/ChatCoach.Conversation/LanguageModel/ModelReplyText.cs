using System.Text.RegularExpressions;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation.LanguageModel;

/// <summary>
/// Turns the model's text into the channel-neutral reply: a paragraph per blank-line block,
/// mention tokens (&lt;@slack:U123&gt;) as mentions and **bold** as strong text, so every channel
/// renders it natively. Anything else stays plain text.
/// </summary>
public static partial class ModelReplyText
{
    [GeneratedRegex(@"(<@[a-z]+:[^\s>]+>|\*\*[^*\n]+\*\*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marks();

    [GeneratedRegex(@"\n\s*\n", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankLine();

    public static IReadOnlyList<Paragraph> Paragraphs(string text) =>
        BlankLine().Split(text.Trim())
            .Where(block => block.Trim().Length > 0)
            .Select(block => new Paragraph(Inlines(block.Trim())))
            .ToList();

    private static List<Inline> Inlines(string block)
    {
        var inlines = new List<Inline>();
        foreach (var piece in Marks().Split(block).Where(p => p.Length > 0))
        {
            var mentioned = piece.StartsWith("<@", StringComparison.Ordinal) ? MentionSyntax.Find(piece) : [];
            inlines.Add(mentioned.Count == 1 ? new Mention(mentioned[0])
                : piece.StartsWith("**", StringComparison.Ordinal) && piece.Length > 4 ? new Strong(piece[2..^2])
                : new TextRun(piece));
        }
        return inlines;
    }
}
