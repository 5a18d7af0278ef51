namespace ChatCoach.Domain.Installations;

/// <summary>
/// Where the host's data-protection keys live when they are kept in the database, so several hosts
/// share one key ring (each key an XML element, as ASP.NET Core Data Protection writes it).
/// </summary>
public interface IKeyRingStore
{
    IReadOnlyList<string> All();

    void Add(string name, string xml);
}
