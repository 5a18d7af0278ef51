using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// The inbox's claim and done mark, on an inbox of 20,000 rows the database has never analysed: each
/// row must be found by its whole key. Sent as "delivery_id IN (…)" for a batch, PostgreSQL read the
/// source's every row and filtered the list (3,000 pages for a batch of seven in the benchmark).
/// </summary>
public sealed class InboxPlanTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_claim_and_a_done_mark_each_probe_their_rows_whole_key(string provider)
    {
        await using var table = await QueryPlans.UnanalysedAsync(provider,
            """
            INSERT INTO inbox (source, delivery_id, payload, received_at, status, attempts)
            SELECT 'slack', 'Ev' || i, '{}', '2026-11-23T09:00:00.0000000Z', 'pending', 0 FROM n
            """);

        var claim = await QueryPlans.ExplainAsync(provider, table.Connection, SqlInboxStore.ClaimOne, ("@row_claimant", "host-a"), ("@row_lease", "2026-11-23T09:02:00.0000000Z"),
            ("@row_source", "slack"), ("@row_id", "Ev17"), ("@row_now", "2026-11-23T09:00:01.0000000Z"));
        var done = await QueryPlans.ExplainAsync(provider, table.Connection, SqlInboxStore.DoneOne, ("@row_at", "2026-11-23T09:00:02.0000000Z"),
            ("@row_source", "slack"), ("@row_id", "Ev18"));

        QueryPlans.AssertProbesByWholeKey(provider, claim, "delivery_id", 1);
        QueryPlans.AssertProbesByWholeKey(provider, done, "delivery_id", 1);
    }
}
