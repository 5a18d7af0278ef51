using System.Collections.Concurrent;
using System.Reflection;
using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;

namespace ChatCoach.Conversation.Presenting;

/// <summary>
/// Finds the one presenter of a result. Presenters are discovered, not listed: a feature adds a
/// result type and its presenter side by side, in its own assembly, and no central switch has to
/// learn about it. The presenter of a result is looked for in the result's own assembly and in the
/// conversation's (which presents the plugins' shared results). A result without a presenter is a
/// programming error, caught by a test that enumerates every result type, never rendered as a
/// vague "Done.".
/// </summary>
public static class ResultPresenters
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyList<IResultPresenter>> InAssembly = new();
    private static readonly ConcurrentDictionary<Type, IResultPresenter> ByResult = new();

    public static IResultPresenter For(PluginResult result) => ByResult.GetOrAdd(result.GetType(), Find);

    public static Reply ForPeople(PluginResult result) => For(result).ForPeople(result);

    public static object ForModel(PluginResult result) => For(result).ForModel(result);

    public static bool IsReceipt(PluginResult result) => For(result).IsReceipt;

    /// <summary>The presenters an assembly holds, for tests that check every result type is covered.</summary>
    public static IReadOnlyList<IResultPresenter> In(Assembly assembly) => InAssembly.GetOrAdd(assembly, Discover);

    private static IResultPresenter Find(Type resultType)
    {
        var found = new[] { resultType.Assembly, typeof(ResultPresenters).Assembly }.Distinct()
            .SelectMany(In).Where(p => p.ResultType == resultType).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException($"No presenter for the result type {resultType.Name}; add a ResultPresenter<{resultType.Name}> beside it."),
            _ => throw new InvalidOperationException($"{found.Count} presenters for the result type {resultType.Name}; keep one."),
        };
    }

    private static IReadOnlyList<IResultPresenter> Discover(Assembly assembly) => [.. assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IResultPresenter).IsAssignableFrom(t))
        .Select(t => (IResultPresenter)Activator.CreateInstance(t, nonPublic: true)!)];
}
