using ChatCoach.Storage.Migrations;
using ChatCoach.Storage.Sql;
using Npgsql;
using Xunit;

namespace ChatCoach.TestSupport;

/// <summary>
/// The storage providers every storage test runs against: SQLite always, PostgreSQL when a server
/// is reachable at CHATCOACH_TEST_POSTGRES (.ci/run starts one; see scripts/test-postgres.sh).
/// Under CI (CI=true) PostgreSQL is required: its variants run and fail, naming the problem,
/// instead of quietly disappearing from the run.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string PostgresVariable = "CHATCOACH_TEST_POSTGRES";

    private static readonly Lazy<string?> PostgresProblem = new(ProbePostgres);

    public static string? PostgresAdminConnectionString => Environment.GetEnvironmentVariable(PostgresVariable);

    /// <summary>Null when PostgreSQL tests can run; otherwise why they cannot.</summary>
    public static string? WhyNoPostgres => PostgresProblem.Value;

    /// <summary>True under CI, where a missing PostgreSQL must fail the run rather than skip its variants.</summary>
    public static bool PostgresRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static TheoryData<string> Providers
    {
        get
        {
            var providers = new TheoryData<string> { Sqlite };
            if (WhyNoPostgres is null || PostgresRequired)
            {
                providers.Add(Postgres);
            }
            return providers;
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == Postgres && WhyNoPostgres is { } why)
        {
            throw new InvalidOperationException($"PostgreSQL is required here (CI=true) but unavailable: {why}");
        }
        var database = provider == Postgres ? await PostgresTestDatabase.CreateAsync(PostgresAdminConnectionString!) : (TestDatabase)new SqliteTestDatabase();
        await new Migrator(database.Database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }

    private static string? ProbePostgres()
    {
        if (string.IsNullOrWhiteSpace(PostgresAdminConnectionString))
        {
            return $"{PostgresVariable} is not set; run `eval \"$(scripts/test-postgres.sh start)\"` to test against PostgreSQL too.";
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Timeout = 3 };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"PostgreSQL at {PostgresVariable} is not reachable ({e.Message}).";
        }
    }
}

/// <summary>A fresh, migrated database that disappears when disposed.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract Database Database { get; }

    /// <summary>A new Database over the same data, as a restarted process would open it.</summary>
    public abstract Database Reopen();

    public abstract ValueTask DisposeAsync();
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TempSqlite _file = new();

    public SqliteTestDatabase() => Database = _file.Open();

    public override string Provider => TestDatabases.Sqlite;

    public override string ConnectionString => _file.ConnectionString;

    public override Database Database { get; }

    public override Database Reopen() => _file.Open();

    public override ValueTask DisposeAsync()
    {
        _file.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _adminConnectionString;
    private readonly string _name;
    private readonly List<PostgresDatabase> _opened = [];

    private PostgresTestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
        Database = Reopen();
    }

    public override string Provider => TestDatabases.Postgres;

    public override string ConnectionString { get; }

    public override Database Database { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(string adminConnectionString)
    {
        var name = $"chatcoach_test_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return new PostgresTestDatabase(adminConnectionString, name);
    }

    public override Database Reopen()
    {
        var database = new PostgresDatabase(ConnectionString);
        _opened.Add(database);
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
