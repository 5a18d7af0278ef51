using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel;

namespace ChatCoach.Conversation.Tests;

public sealed class ModelReplyTextTests
{
    [Fact]
    public void Blank_lines_make_paragraphs_and_mentions_and_bold_become_inlines()
    {
        var paragraphs = ModelReplyText.Paragraphs("Win rate is **31%**, owned by <@slack:UDANA>.\n\n  Ask her for November.  ");

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal<Inline>([new TextRun("Win rate is "), new Strong("31%"), new TextRun(", owned by "), new Mention(new("slack:UDANA")), new TextRun(".")], paragraphs[0].Inlines);
        Assert.Equal("Ask her for November.", paragraphs[1].PlainText);
    }

    [Fact]
    public void Something_that_only_looks_like_a_mention_stays_text() =>
        Assert.Equal<Inline>([new TextRun("write <@nobody> like that")], ModelReplyText.Paragraphs("write <@nobody> like that")[0].Inlines);
}
