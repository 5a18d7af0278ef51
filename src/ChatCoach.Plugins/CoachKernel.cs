using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;

namespace ChatCoach.Plugins;

/// <summary>
/// Builds the prototype Kernel: every plugin and the filters every invocation passes through.
/// Each turn works on a clone that carries the turn's identity (<see cref="TurnScope.Enter"/>).
/// </summary>
public static class CoachKernel
{
    /// <param name="features">Every feature's plugins, as the features registered them; the kernel names none itself.</param>
    public static Kernel Create(IEnumerable<FeaturePlugin> features, FunctionAuditFilter audit, WriteAccessFilter access, IServiceProvider? services = null)
    {
        var kernel = new Kernel(services);
        foreach (var feature in features)
        {
            kernel.Plugins.AddFromObject(feature.Instance, feature.Name);
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
