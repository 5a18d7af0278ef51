using ChatCoach.Plugins.Access;
using ChatCoach.Plugins.Board;
using ChatCoach.Plugins.Charts;
using ChatCoach.Plugins.Scoreboard;
using ChatCoach.Plugins.Workspace;
using Microsoft.SemanticKernel;

namespace ChatCoach.Plugins;

/// <summary>
/// Builds the prototype Kernel: every plugin and the filters every invocation passes through.
/// Each turn works on a clone that carries the turn's identity (<see cref="TurnScope.Enter"/>).
/// </summary>
public static class CoachKernel
{
    public static Kernel Create(ScoreboardPlugin scoreboard, FunctionAuditFilter audit, WriteAccessFilter access, IServiceProvider? services = null, IEnumerable<FeaturePlugin>? features = null,
        BoardPlugin? board = null, ChartsPlugin? charts = null, WorkspacePlugin? workspace = null)
    {
        var kernel = new Kernel(services);
        kernel.Plugins.AddFromObject(scoreboard, ScoreboardPlugin.Name);
        foreach (var feature in features ?? [])
        {
            kernel.Plugins.AddFromObject(feature.Instance, feature.Name);
        }
        if (board is not null)
        {
            kernel.Plugins.AddFromObject(board, BoardPlugin.Name);
        }
        if (charts is not null)
        {
            kernel.Plugins.AddFromObject(charts, ChartsPlugin.Name);
        }
        if (workspace is not null)
        {
            kernel.Plugins.AddFromObject(workspace, WorkspacePlugin.Name);
        }
        // Fail closed: a function that does not say whether it writes, and who may, stops the kernel here.
        foreach (var plugin in kernel.Plugins)
        {
            AccessDeclarations.Require(plugin);
        }
        // Audit wraps access, so refusals are logged too.
        kernel.FunctionInvocationFilters.Add(audit);
        kernel.FunctionInvocationFilters.Add(access);
        return kernel;
    }
}
