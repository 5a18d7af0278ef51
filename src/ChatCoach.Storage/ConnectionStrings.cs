using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatCoach.Storage;

/// <summary>Checks a connection string's form for its provider before anything tries to connect.</summary>
public static class ConnectionStrings
{
    /// <summary>Null when the string can be used with the provider; otherwise what is wrong with it.</summary>
    public static string? Problem(StorageProvider provider, string connectionString)
    {
        try
        {
            _ = provider == StorageProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(connectionString).Host ?? throw new ArgumentException("it names no Host")
                : new SqliteConnectionStringBuilder(connectionString).DataSource;
            return null;
        }
        catch (ArgumentException e)
        {
            return $"is not a valid {provider} connection string ({e.Message})";
        }
    }
}
