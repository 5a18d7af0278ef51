using System.Diagnostics.Metrics;
using ChatCoach.Plugins;
using Microsoft.SemanticKernel;

namespace ChatCoach.Host.Evaluation;

/// <summary>One function call a turn made, and whether the access filter refused it.</summary>
public sealed record ObservedCall(string Function, bool Refused, PluginResult? Result);

/// <summary>What one turn did, as the planner's own instruments and the kernel's filters saw it.</summary>
public sealed class TurnObservation
{
    public string Path { get; set; } = "flow";

    public string? FallbackReason { get; set; }

    public bool Withheld { get; set; }

    public long PromptTokens { get; set; }

    public long CompletionTokens { get; set; }

    public List<ObservedCall> Calls { get; } = [];
}

/// <summary>
/// Watches the eval's turns from outside the planner: a function-invocation filter on the kernel
/// (every call and its result) and a listener on the planner's own Meter (path, fallbacks,
/// grounding incidents, tokens), so the eval measures exactly what production reports.
/// Turns run one at a time, so one current observation is enough.
/// </summary>
public sealed class TurnObserver : IFunctionInvocationFilter, IDisposable
{
    private readonly MeterListener _listener = new();
    private TurnObservation _current = new();

    public TurnObserver(Meter plannerMeter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, plannerMeter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measured(instrument.Name, value, tags));
        _listener.Start();
    }

    public TurnObservation Begin() => _current = new TurnObservation();

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        await next(context);
        var result = context.Result.GetValue<object>() as PluginResult;
        _current.Calls.Add(new ObservedCall(context.Function.Name, result is Refusal, result));
    }

    private void Measured(string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        switch (instrument)
        {
            case "chatcoach.llm.turns":
                _current.Path = Tag(tags, "path") ?? "model";
                break;
            case "chatcoach.llm.fallbacks":
                _current.FallbackReason = Tag(tags, "reason");
                break;
            case "chatcoach.llm.grounding_incidents":
                _current.Withheld = true;
                break;
            case "chatcoach.llm.prompt_tokens":
                _current.PromptTokens += value;
                break;
            case "chatcoach.llm.completion_tokens":
                _current.CompletionTokens += value;
                break;
        }
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString();
            }
        }
        return null;
    }

    public void Dispose() => _listener.Dispose();
}
