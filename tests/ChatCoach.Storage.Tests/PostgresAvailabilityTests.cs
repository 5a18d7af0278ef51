using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>Says, in the test output, whether the storage suite also ran against PostgreSQL.</summary>
public sealed class PostgresAvailabilityTests
{
    [PostgresFact]
    public void The_storage_suite_runs_against_PostgreSQL_too() =>
        Assert.NotNull(TestDatabases.PostgresAdminConnectionString);
}
