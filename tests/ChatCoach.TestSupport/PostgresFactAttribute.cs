using Xunit;

namespace ChatCoach.TestSupport;

/// <summary>
/// A fact that is skipped, with the reason, where no PostgreSQL server is reachable — except under
/// CI, where it runs and fails (<see cref="TestDatabases.PostgresRequired"/>).
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabases.WhyNoPostgres is { } why && !TestDatabases.PostgresRequired)
        {
            Skip = why;
        }
    }
}
