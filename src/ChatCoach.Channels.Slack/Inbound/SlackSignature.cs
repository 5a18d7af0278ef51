using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatCoach.Channels.Slack.Inbound;

public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedHeaders,
    Stale,
    Mismatch,
}

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 of "v0:{timestamp}:{raw body}" keyed with the signing
/// secret, compared in constant time, and only for requests within five minutes of now (so a
/// captured request cannot be replayed later).
/// https://api.slack.com/authentication/verifying-requests-from-slack
/// </summary>
public static class SlackSignature
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }

    public static SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 67)
        {
            return SignatureCheck.MalformedHeaders;
        }
        var age = now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > Tolerance)
        {
            return SignatureCheck.Stale;
        }
        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
