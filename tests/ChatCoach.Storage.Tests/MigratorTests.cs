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

    [Fact]
    public void Versions_only_grow()
    {
        var versions = Schema.Migrations.Select(m => m.Version).ToList();

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
    }
}
