using Xunit;

namespace ChatCoach.TestSupport;

/// <summary>A fact that is skipped, with the reason, where no PostgreSQL server is reachable.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabases.WhyNoPostgres is { } why)
        {
            Skip = why;
        }
    }
}
