using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.SemanticKernel;

namespace ChatCoach.Plugins.Access;

/// <summary>
/// Fail-closed access: every kernel function declares whether it only reads
/// (<see cref="ReadsOnlyAttribute"/>) or writes, and who may write (<see cref="WriteAccessAttribute"/>,
/// with the argument that names the row for owner-or-admin writes). A function without a
/// declaration, or with a row that names no parameter, stops the kernel from being built — so a
/// new write can never be open to everyone by omission.
/// </summary>
public static class AccessDeclarations
{
    public static void Require(KernelPlugin plugin)
    {
        var problems = plugin.SelectMany(f => ProblemsOf(plugin.Name, f)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Kernel functions without a valid access declaration: " + string.Join("; ", problems));
        }
    }

    /// <summary>
    /// What a function declared, read once per method: the filter asks on every invocation, and
    /// attributes are read by reflection.
    /// </summary>
    private static readonly ConcurrentDictionary<MethodInfo, Declared> ByMethod = new();

    private sealed record Declared(bool Valid, WriteAccessAttribute? Write);

    /// <summary>The declared rule, or null for a read-only function.</summary>
    public static WriteAccessAttribute? WriteRuleOf(KernelFunction function) => DeclaredOf(function)?.Write;

    /// <summary>The names of the kernel functions a plugin type declares as writes, read from the same attribute as <see cref="WriteRuleOf"/>.</summary>
    public static IReadOnlySet<string> WritesDeclaredBy(Type plugin) => plugin.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.GetCustomAttribute<WriteAccessAttribute>() is not null)
        .Select(m => m.GetCustomAttribute<KernelFunctionAttribute>() is { } declared ? declared.Name ?? m.Name : null)
        .OfType<string>().ToHashSet(StringComparer.Ordinal);

    public static bool IsDeclared(KernelFunction function) => DeclaredOf(function)?.Valid == true;

    private static Declared? DeclaredOf(KernelFunction function) => Method(function) is { } method
        ? ByMethod.GetOrAdd(method, m => new Declared(!ProblemsOf("", function).Any(), m.GetCustomAttribute<WriteAccessAttribute>()))
        : null;

    private static IEnumerable<string> ProblemsOf(string plugin, KernelFunction function)
    {
        var method = Method(function);
        var write = method?.GetCustomAttribute<WriteAccessAttribute>();
        var reads = method?.GetCustomAttribute<ReadsOnlyAttribute>();
        var name = $"{plugin}.{function.Name}";
        if (write is null == reads is null)
        {
            yield return $"{name} must carry exactly one of [ReadsOnly] or [WriteAccess]";
        }
        else if (write is { Access: WriteAccess.OwnerOrAdmin } && !NamesParameter(method!, write.Row))
        {
            yield return $"{name} is owner-or-admin but its Row '{write.Row}' names none of its parameters";
        }
    }

    private static bool NamesParameter(MethodInfo method, string? row) =>
        row is not null && method.GetParameters().Any(p => p.Name == row);

#pragma warning disable SKEXP0001 // UnderlyingMethod is how the declaration on the function's own method is read.
    private static MethodInfo? Method(KernelFunction function) => function.UnderlyingMethod;
#pragma warning restore SKEXP0001
}
