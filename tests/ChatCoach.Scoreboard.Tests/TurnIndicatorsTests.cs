using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.SemanticKernel;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>
/// A turn reads the board's rows once and shares them between its functions; a change to the board
/// in the same turn drops them with the turn's other shared reads, with nothing for a function to remember to call.
/// </summary>
public sealed class TurnIndicatorsTests : IDisposable
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Admin = new("slack:UADMIN");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TempSqlite _file = new();

    [Fact]
    public async Task A_rename_in_a_turn_is_seen_by_the_turns_next_read_of_the_rows()
    {
        var (database, store, scope) = await SeededAsync();

        using var turn = TurnAmbient.Turn();
        var before = await scope.IndicatorsAsync(store, None);
        Assert.Same(before, await scope.IndicatorsAsync(store, None));
        await new SqlBoardStore(database).RenameAsync(Acme, "win-rate-non-price", "Competitive win rate", new ChangeStamp(Admin, Now, "slack"), None);

        var after = await scope.IndicatorsAsync(store, None);
        Assert.Equal("Competitive win rate", after.Single(i => i.Key == "win-rate-non-price").Name);
    }

    [Fact]
    public async Task Outside_a_turn_every_read_of_the_rows_looks_again()
    {
        var (_, store, scope) = await SeededAsync();

        var first = await scope.IndicatorsAsync(store, None);

        Assert.NotSame(first, await scope.IndicatorsAsync(store, None));
    }

    /// <summary>A workspace with the default board, and an admin's turn scope in it.</summary>
    private async Task<(Database Database, SqlScoreboardStore Store, TurnScope Scope)> SeededAsync()
    {
        var database = await _file.MigratedAsync();
        var store = new SqlScoreboardStore(database, TimeProvider.System);
        await store.EnsureWorkspaceAsync(Acme, None);
        return (database, store, TurnScope.Of(TurnScope.Enter(new Kernel(), new TurnContext(Acme, Admin, "slack", "C1"), Now)));
    }

    public void Dispose() => _file.Dispose();
}
