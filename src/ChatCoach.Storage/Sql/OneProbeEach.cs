using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// A batch of rows addressed by their whole primary key, written as one statement per row in one
/// transaction — on PostgreSQL one command ("…; …; …"), one round trip — so there is one
/// text for every batch size (PostgreSQL keeps it prepared) and every statement is a unique-key
/// probe, whatever the planner believes about the table.
/// <para>
/// The inbox's batches used to be one statement with "delivery_id IN (@k0, @k1, …)". Each batch size
/// was its own text — 166 of them in one benchmark run, more than the 64 Npgsql keeps prepared, so
/// the hot statements were parsed and planned again and again — and those statements took 58% of
/// PostgreSQL's time in that run.
/// </para>
/// </summary>
internal static class OneProbeEach
{
    /// <summary>A batch's command text and its parameters' names, per statement and batch size (at most a few hundred).</summary>
    private static readonly ConcurrentDictionary<(string Statement, int Rows), (string Sql, string[][] Names)> Commands = new();

    /// <summary>
    /// Runs <paramref name="statement"/> once per item, sharing <paramref name="shared"/>; each gets
    /// its own values for the parameters <paramref name="own"/> names (always the same names, in the
    /// same order, none the start of another: they are renamed by replacing text). Returns every row the statements return, in order.
    /// </summary>
    public static async Task<List<T>> QueryAsync<TItem, T>(DbConnection connection, StorageProvider provider, string statement, IReadOnlyList<TItem> items,
        Func<TItem, (string Name, object? Value)[]> own, Func<DbDataReader, T> map, CancellationToken cancellationToken,
        params (string, object?)[] shared)
    {
        var values = items.Select(own).ToList();
        if (values.Count == 1)
        {
            // The common case below saturation: one statement commits on its own, no BEGIN and COMMIT around it.
            return await OneCommandReusedAsync(connection, null, statement, values, map, shared, cancellationToken);
        }
        if (provider == StorageProvider.Postgres)
        {
            // One command is one implicit transaction on PostgreSQL: an explicit one would only add COMMIT's round trip.
            return await InOneCommandAsync(connection, statement, values, map, shared, cancellationToken);
        }
        // One transaction, as the single statement was: SQLite would otherwise commit every statement on its own.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await OneCommandReusedAsync(connection, transaction, statement, values, map, shared, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    /// <summary>PostgreSQL: every row's statement in one command, so the batch is one round trip.</summary>
    private static async Task<List<T>> InOneCommandAsync<T>(DbConnection connection, string statement,
        List<(string Name, object? Value)[]> values, Func<DbDataReader, T> map, (string, object?)[] shared, CancellationToken cancellationToken)
    {
        var (sql, names) = Commands.GetOrAdd((statement, values.Count), key => Build(key.Statement, key.Rows, [.. values[0].Select(v => v.Name)]));
        var parameters = new List<(string, object?)>(shared);
        for (var i = 0; i < values.Count; i++)
        {
            parameters.AddRange(values[i].Select((v, k) => (names[i][k], v.Value)));
        }
        var rows = new List<T>();
        await using var command = connection.Command(sql, null, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        do
        {
            await ReadAllAsync(reader, map, rows, cancellationToken);
        }
        while (await reader.NextResultAsync(cancellationToken));
        return rows;
    }

    /// <summary>
    /// SQLite (and a batch of one anywhere): one command run once per row with that row's values. It is
    /// prepared once; a command of many statements would bind every row's parameters to each statement
    /// (quadratic in the batch).
    /// </summary>
    private static async Task<List<T>> OneCommandReusedAsync<T>(DbConnection connection, DbTransaction? transaction, string statement,
        List<(string Name, object? Value)[]> values, Func<DbDataReader, T> map, (string, object?)[] shared, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var command = connection.Command(statement, transaction, [.. shared, .. values[0]]);
        foreach (var row in values)
        {
            foreach (var (name, value) in row)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await ReadAllAsync(reader, map, rows, cancellationToken);
        }
        return rows;
    }

    private static async Task ReadAllAsync<T>(DbDataReader reader, Func<DbDataReader, T> map, List<T> rows, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
    }

    /// <summary>The statement once per row, row i's parameters renamed "@name_i".</summary>
    private static (string, string[][]) Build(string statement, int rows, string[] own)
    {
        var sql = new StringBuilder();
        var names = new string[rows][];
        for (var i = 0; i < rows; i++)
        {
            var text = statement;
            names[i] = [.. own.Select(name => $"{name}_{i}")];
            for (var k = 0; k < own.Length; k++)
            {
                text = text.Replace(own[k], names[i][k], StringComparison.Ordinal);
            }
            sql.Append(text).Append(";\n");
        }
        return (sql.ToString(), names);
    }
}
