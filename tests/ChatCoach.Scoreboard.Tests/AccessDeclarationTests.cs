using System.ComponentModel;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.SemanticKernel;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>Who may write is declared on each function and enforced by the declaration, never by a parameter's name.</summary>
public sealed class AccessDeclarationTests
{
    private static readonly WorkspaceId Workspace = new("slack:TACME");
    private static readonly UserRef Lee = new("slack:ULEE");

    [Fact]
    public void A_function_that_does_not_declare_its_access_stops_the_kernel_from_being_built()
    {
        var plugin = KernelPluginFactory.CreateFromObject(new UndeclaredPlugin(), "undeclared");

        var error = Assert.Throws<InvalidOperationException>(() => AccessDeclarations.Require(plugin));

        Assert.Contains("undeclared.wipe_everything", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_or_admin_write_whose_row_names_no_parameter_is_refused_at_start()
    {
        var plugin = KernelPluginFactory.CreateFromObject(new MisdeclaredPlugin(), "misdeclared");

        var error = Assert.Throws<InvalidOperationException>(() => AccessDeclarations.Require(plugin));

        Assert.Contains("'indicator' names none of its parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_that_names_its_row_by_another_parameter_is_still_checked_against_the_owner()
    {
        using var file = new TempSqlite();
        var store = new SqlScoreboardStore(await file.MigratedAsync(), TimeProvider.System);
        await store.EnsureWorkspaceAsync(Workspace, CancellationToken.None);
        var prototype = new Kernel();
        var metric = new MetricPlugin();
        prototype.Plugins.AddFromObject(metric, "metric");
        prototype.FunctionInvocationFilters.Add(new WriteAccessFilter(store, new AdminPolicy([new UserRef("slack:UADMIN")])));
        var kernel = TurnScope.Enter(prototype, new TurnContext(Workspace, Lee, "slack", "C1"), DateTimeOffset.UnixEpoch);

        var result = await kernel.InvokeAsync("metric", "overwrite", new() { ["metric"] = "win rate" });

        Assert.IsType<Refusal>(result.GetValue<PluginResult>());
        Assert.False(metric.Wrote);
    }

    private sealed class UndeclaredPlugin
    {
        [KernelFunction("wipe_everything")]
        [Description("Deletes everything.")]
        public string Wipe() => "gone " + GetHashCode();
    }

    private sealed class MisdeclaredPlugin
    {
        [KernelFunction("overwrite")]
        [WriteAccess(WriteAccess.OwnerOrAdmin, Row = "indicator")]
        public string Overwrite(string metric) => metric + GetHashCode();
    }

    private sealed class MetricPlugin
    {
        public bool Wrote { get; private set; }

        [KernelFunction("overwrite")]
        [WriteAccess(WriteAccess.OwnerOrAdmin, Row = "metric")]
        public PluginResult Overwrite(string metric)
        {
            Wrote = true;
            return new InvalidInput("written " + metric);
        }
    }
}
