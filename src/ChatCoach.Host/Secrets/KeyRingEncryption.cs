using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Secrets;

/// <summary>
/// Encrypts each data-protection key before it is written to the key ring (AES-256-GCM under a key
/// derived from ChatCoach:DataProtection:KeyRingSecret). The ring sits in the same database as the
/// tokens, so without this a stolen database file would hold both the lock and the key (ADR 0014).
/// </summary>
public sealed class KeyRingEncryptor(byte[] key) : IXmlEncryptor
{
    internal const string ElementName = "chatcoachEncryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var sealedBytes = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, plain, sealedBytes, tag);
        }
        var element = new XElement(ElementName, new XAttribute("version", "1"), Convert.ToBase64String([.. nonce, .. tag, .. sealedBytes]));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }

    /// <summary>HKDF over the configured secret, so any long passphrase becomes a 256-bit key.</summary>
    public static byte[] DeriveKey(string secret) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: [], info: Encoding.UTF8.GetBytes("ChatCoach key ring v1"));
}

/// <summary>Data Protection creates this by type name, with the host's services, when it reads an encrypted key.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var secret = services.GetRequiredService<IOptions<SecretsOptions>>().Value.KeyRingSecret
            ?? throw new CryptographicException($"The key ring is encrypted; set {SecretsOptions.Section}:KeyRingSecret to the secret it was written with.");
        var bytes = Convert.FromBase64String(encryptedElement.Value);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[bytes.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(KeyRingEncryptor.DeriveKey(secret), tagSize))
        {
            aes.Decrypt(bytes.AsSpan(0, nonceSize), bytes.AsSpan(nonceSize + tagSize), bytes.AsSpan(nonceSize, tagSize), plain);
        }
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
