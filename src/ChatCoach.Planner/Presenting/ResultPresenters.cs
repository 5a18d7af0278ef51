using System.Collections.Frozen;
using System.Reflection;
using ChatCoach.Domain.Conversation;
using ChatCoach.Planner.LanguageModel.Grounding;
using ChatCoach.Plugins;

namespace ChatCoach.Planner.Presenting;

/// <summary>
/// Finds the one presenter of a result. Presenters are discovered, not listed: a feature adds a
/// result type and its presenter side by side and no central switch has to learn about it. A
/// result without a presenter is a programming error, caught by a test that enumerates every
/// result type, never rendered as a vague "Done.".
/// </summary>
public static class ResultPresenters
{
    private static readonly FrozenDictionary<Type, IResultPresenter> ByResult = Discover(typeof(ResultPresenters).Assembly);

    public static IReadOnlyCollection<Type> Presented => ByResult.Keys;

    public static IResultPresenter For(PluginResult result) =>
        ByResult.TryGetValue(result.GetType(), out var presenter)
            ? presenter
            : throw new InvalidOperationException($"No presenter for the result type {result.GetType().Name}; add a ResultPresenter<{result.GetType().Name}> beside it.");

    public static Reply ForPeople(PluginResult result) => For(result).ForPeople(result);

    public static object ForModel(PluginResult result) => For(result).ForModel(result);

    public static bool IsReceipt(PluginResult result) => For(result).IsReceipt;

    internal static FrozenDictionary<Type, IResultPresenter> Discover(Assembly assembly) => assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IResultPresenter).IsAssignableFrom(t))
        .Select(t => (IResultPresenter)Activator.CreateInstance(t, nonPublic: true)!)
        .ToFrozenDictionary(p => p.ResultType);
}
