using ChatCoach.Domain.Installations;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// The data-protection key ring in the database. Data Protection's repository contract is
/// synchronous (it reads the ring rarely, then caches it), so these calls block on purpose.
/// </summary>
public sealed class SqlKeyRingStore(Database database) : IKeyRingStore
{
    public IReadOnlyList<string> All() => AllAsync().GetAwaiter().GetResult();

    public void Add(string name, string xml) => AddAsync(name, xml).GetAwaiter().GetResult();

    private async Task<IReadOnlyList<string>> AllAsync()
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QueryAsync("SELECT xml FROM data_protection_keys ORDER BY name", r => r.GetString(0), CancellationToken.None);
    }

    private async Task AddAsync(string name, string xml)
    {
        await using var connection = await database.OpenWriteAsync(CancellationToken.None);
        // A key is written once under a fresh name; a second write of the same name keeps the first.
        await connection.ExecuteAsync("INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING",
            CancellationToken.None, ("@name", name), ("@xml", xml));
    }
}
