using ChatCoach.Storage.Migrations;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class MigratorTests : IDisposable
{
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Applies_every_step_once_and_nothing_on_the_next_start()
    {
        var database = _file.Open();

        var first = await new Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        var second = await new Migrator(_file.Open(), TimeProvider.System).MigrateAsync(CancellationToken.None);

        Assert.Equal(Schema.Migrations.Count, first);
        Assert.Equal(0, second);
        Assert.True(File.Exists(_file.Path));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Hosts_starting_at_once_apply_each_step_once(string provider)
    {
        // CreateAsync has already migrated once; three more "hosts" race to migrate the same database.
        await using var db = await TestDatabases.CreateAsync(provider);

        var applied = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => new Migrator(db.Reopen(), TimeProvider.System).MigrateAsync(CancellationToken.None))));

        Assert.All(applied, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Versions_only_grow()
    {
        var versions = Schema.Migrations.Select(m => m.Version).ToList();

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
    }
}
