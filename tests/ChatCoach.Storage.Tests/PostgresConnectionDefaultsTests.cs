using ChatCoach.Storage.Sql;
using Npgsql;

namespace ChatCoach.Storage.Tests;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Pooled_connections_skip_the_reset_and_keep_busy_statements_prepared_by_default()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresDatabase.Tuned("Host=db;Username=bot;Database=chatcoach"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=false;maxautoprepare=0")]
    public void An_operator_who_sets_either_keeps_their_choice(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresDatabase.Tuned(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
