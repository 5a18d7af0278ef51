using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Domain.Tests;

public sealed class SecretRedactionTests
{
    [Fact]
    public void A_kept_reply_loses_every_token_secret_and_keeps_everything_else()
    {
        var secret = ApiTokenSecrets.NewSecret();
        var reply = new Reply([
            new Paragraph([new TextRun("Made the API token "), new Strong("hubspot-sync"), new TextRun(".")], Tone.Success),
            new Paragraph([new TextRun(secret)]),
        ]);

        var kept = SecretRedaction.WithoutSecrets(reply);

        Assert.DoesNotContain(secret, kept.PlainText, StringComparison.Ordinal);
        Assert.Contains(SecretRedaction.Withheld, kept.PlainText, StringComparison.Ordinal);
        Assert.Equal(reply.Parts[0], kept.Parts[0]);
    }

    [Fact]
    public void A_reply_without_a_secret_is_kept_as_it_is()
    {
        var reply = Reply.Text("Recorded $412 cost per qualified opportunity for October 2026 (see cc_notes).");

        Assert.Same(reply, SecretRedaction.WithoutSecrets(reply));
    }
}
