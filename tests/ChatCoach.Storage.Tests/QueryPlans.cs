using System.Data.Common;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// What the database plans for a statement, for tests that pin a hot statement to primary-key probes:
/// on a table the database has never analysed, as a new tenant's first day (and every benchmark run) has.
/// </summary>
internal static class QueryPlans
{
    /// <summary>A fresh database and a connection to it, after <paramref name="insertFromN"/> (an INSERT … SELECT … FROM n, n.i counting 1 to 20,000) ran: never analysed.</summary>
    public static async Task<Unanalysed> UnanalysedAsync(string provider, string insertFromN)
    {
        var db = await TestDatabases.CreateAsync(provider);
        var connection = await db.Database.OpenWriteAsync(CancellationToken.None);
        await connection.ExecuteAsync("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)\n" + insertFromN, CancellationToken.None);
        return new Unanalysed(db, connection);
    }

    public sealed record Unanalysed(TestDatabase Db, DbConnection Connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            await Db.DisposeAsync();
        }
    }

    /// <summary>PostgreSQL's EXPLAIN ANALYZE lines (the statement runs), or SQLite's query-plan details.</summary>
    public static async Task<List<string>> ExplainAsync(string provider, DbConnection connection, string sql, params (string, object?)[] parameters) =>
        provider == TestDatabases.Postgres
            ? await connection.QueryAsync("EXPLAIN (ANALYZE, COSTS OFF) " + sql, r => r.GetString(0), CancellationToken.None, parameters)
            : await connection.QueryAsync("EXPLAIN QUERY PLAN " + sql, r => r.GetString(3), CancellationToken.None, parameters);

    /// <summary>
    /// Asserts <paramref name="probes"/> lookups that each use the whole key up to <paramref name="lastColumn"/>,
    /// and (PostgreSQL) no rows read by a shorter prefix and then filtered out.
    /// </summary>
    public static void AssertProbesByWholeKey(string provider, IReadOnlyList<string> plan, string lastColumn, int probes)
    {
        var shown = string.Join("\n", plan);
        if (provider == TestDatabases.Postgres)
        {
            Assert.False(plan.Any(line => line.Contains("Rows Removed by Filter", StringComparison.Ordinal) || line.Contains("ANY", StringComparison.Ordinal)), shown);
            Assert.True(probes == plan.Count(line => line.Contains("Index Cond", StringComparison.Ordinal) && line.Contains($"({lastColumn} = ", StringComparison.Ordinal)), shown);
        }
        else
        {
            Assert.True(probes == plan.Count(line => line.StartsWith("SEARCH", StringComparison.Ordinal) && line.Contains($"{lastColumn}=?", StringComparison.Ordinal)), shown);
        }
    }
}
