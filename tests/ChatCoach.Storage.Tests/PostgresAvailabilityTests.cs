using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// The PostgreSQL variants really reach a server: a database is created, migrated to the latest
/// schema and answers a query. Under CI this fails when no server could be started.
/// </summary>
public sealed class PostgresAvailabilityTests
{
    [PostgresFact]
    public async Task A_fresh_PostgreSQL_database_is_migrated_and_answers()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Postgres);

        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_version";
        Assert.True(Convert.ToInt64(await command.ExecuteScalarAsync()) > 0);
    }
}
