using System.Xml.Linq;
using ChatCoach.Domain.Installations;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatCoach.Host.Secrets;

/// <summary>Data Protection's key ring kept in the ChatCoach database, so every host sharing it decrypts the same tokens.</summary>
public sealed class KeyRingInDatabase(IKeyRingStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. store.All().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.Add(string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
