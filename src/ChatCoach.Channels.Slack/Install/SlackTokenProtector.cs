using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ChatCoach.Channels.Slack.Install;

/// <summary>
/// Bot tokens at rest: encrypted with ASP.NET Core Data Protection, with the team id in the purpose,
/// so a ciphertext copied onto another workspace's row does not decrypt (ADR 0014).
/// </summary>
public sealed class SlackTokenProtector(IDataProtectionProvider protection)
{
    private const string Purpose = "ChatCoach.Slack.BotToken.v1";

    public string Protect(string team, string token) => protection.CreateProtector(Purpose, team).Protect(token);

    /// <returns>Null when the key ring cannot decrypt it (a lost key, a tampered row).</returns>
    public string? Unprotect(string team, string protectedToken)
    {
        try
        {
            return protection.CreateProtector(Purpose, team).Unprotect(protectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
