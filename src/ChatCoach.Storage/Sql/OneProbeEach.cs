using System.Data.Common;
using System.Text;

namespace ChatCoach.Storage.Sql;

/// <summary>
/// A batch of rows addressed by their whole primary key, written as one statement per row and sent
/// as one command ("…; …; …"): one round trip, one text for every batch size (PostgreSQL keeps it
/// prepared), and every statement a unique-key probe whatever the planner believes about the table.
/// <para>
/// The inbox's batches used to be one statement with "delivery_id IN (@k0, @k1, …)". Each batch size
/// was its own text — 160 of them in one benchmark run, more than the 64 Npgsql keeps prepared, so
/// the hot statements were parsed and planned again and again — and on a table not analysed since it
/// was small PostgreSQL scanned the source's every row and filtered the list (3,000 pages for a batch
/// of seven). Those statements took 58% of the database's time.
/// </para>
/// </summary>
internal static class OneProbeEach
{
    /// <summary>
    /// Runs <paramref name="statement"/> once per item, each with its own parameters (named with
    /// <c>@…_i</c>: the statement names them <c>@…</c> and <paramref name="own"/> gives them), sharing
    /// <paramref name="shared"/>; returns every row the statements return, in order.
    /// </summary>
    public static async Task<List<T>> QueryAsync<TItem, T>(DbConnection connection, string statement, IReadOnlyList<TItem> items,
        Func<TItem, (string Name, object? Value)[]> own, Func<DbDataReader, T> map, CancellationToken cancellationToken,
        params (string, object?)[] shared)
    {
        var sql = new StringBuilder();
        var parameters = new List<(string, object?)>(shared);
        for (var i = 0; i < items.Count; i++)
        {
            var text = statement;
            foreach (var (name, value) in own(items[i]))
            {
                text = text.Replace(name, $"{name}_{i}", StringComparison.Ordinal);
                parameters.Add(($"{name}_{i}", value));
            }
            sql.Append(text).Append(";\n");
        }
        // One transaction, as the single statement was: SQLite would otherwise commit every statement on its own.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<T>();
        await using (var command = connection.Command(sql.ToString(), transaction, [.. parameters]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(map(reader));
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }
}
