using System.Text;
using ChatCoach.Channels.Slack.Inbound;

namespace ChatCoach.Channels.Slack.Tests;

public class SlackSignatureTests
{
    // Slack's published signing example (the values of ../shared/fixtures/slack/signing-test-vector.json).
    private const string VectorSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string VectorTimestamp = "1531420618";
    private const string VectorBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string VectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Computes_Slacks_published_example() =>
        Assert.Equal(VectorSignature, SlackSignature.Compute(VectorSecret, VectorTimestamp, Bytes(VectorBody)));

    [Fact]
    public void Accepts_the_example_at_its_own_time() =>
        Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(VectorSecret, VectorTimestamp, VectorSignature, Bytes(VectorBody), VectorTime.AddMinutes(4)));

    [Fact]
    public void Refuses_the_example_today_as_stale() =>
        Assert.Equal(SignatureCheck.Stale, SlackSignature.Verify(VectorSecret, VectorTimestamp, VectorSignature, Bytes(VectorBody), DateTimeOffset.UtcNow));

    [Fact]
    public void Refuses_a_timestamp_from_the_future_too() =>
        Assert.Equal(SignatureCheck.Stale, SlackSignature.Verify(VectorSecret, VectorTimestamp, VectorSignature, Bytes(VectorBody), VectorTime.AddMinutes(-6)));

    [Fact]
    public void Refuses_a_tampered_body() =>
        Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(VectorSecret, VectorTimestamp, VectorSignature, Bytes(VectorBody.Replace("foobar", "foobaz", StringComparison.Ordinal)), VectorTime));

    [Fact]
    public void Refuses_another_secret() =>
        Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify("another-secret", VectorTimestamp, VectorSignature, Bytes(VectorBody), VectorTime));

    [Theory]
    [InlineData(null, VectorSignature, SignatureCheck.MissingHeaders)]
    [InlineData(VectorTimestamp, null, SignatureCheck.MissingHeaders)]
    [InlineData("yesterday", VectorSignature, SignatureCheck.MalformedHeaders)]
    [InlineData(VectorTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedHeaders)]
    [InlineData(VectorTimestamp, "v0=abc", SignatureCheck.MalformedHeaders)]
    [InlineData("-1531420618", VectorSignature, SignatureCheck.MalformedHeaders)]
    public void Refuses_missing_or_malformed_headers(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.Equal(expected, SlackSignature.Verify(VectorSecret, timestamp, signature, Bytes(VectorBody), VectorTime));
}
